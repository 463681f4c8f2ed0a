import Testing

@testable import Engine

@Suite("XML tokenizer")
struct XMLTokenizerTests {
    /// Every token as a short string: `<name a=v>`, `</name>`, or the decoded text.
    func tokens(_ xml: String) throws -> [String] {
        var tokenizer = XMLTokenizer(bytes: Array(xml.utf8))
        var out: [String] = []
        while true {
            switch try tokenizer.next() {
            case .endOfDocument:
                return out
            case .start:
                var s = "<" + String(decoding: tokenizer.bytes[tokenizer.localName], as: UTF8.self)
                for a in tokenizer.attributes {
                    var value: [UInt8] = []
                    try tokenizer.decode(a.value, into: &value)
                    s +=
                        " \(String(decoding: tokenizer.bytes[a.localName], as: UTF8.self))=\(String(decoding: value, as: UTF8.self))"
                }
                out.append(s + ">")
            case .end:
                out.append("</" + String(decoding: tokenizer.bytes[tokenizer.localName], as: UTF8.self) + ">")
            case .text:
                var text: [UInt8] = []
                try tokenizer.appendText(to: &text)
                out.append(String(decoding: text, as: UTF8.self))
            }
        }
    }

    func error(_ xml: String) -> XMLError? {
        #expect(throws: XMLError.self) { _ = try tokens(xml) }
    }

    @Test("elements, prefixed names, both quote styles, self-closing tags; declarations and comments skipped")
    func elements() throws {
        let xml = "<?xml version=\"1.0\"?><!-- c --><x:a r='A1' x:t=\"s\"><b/>hi<c>&lt;&amp;&gt;&quot;&apos;</c></x:a>"
        #expect(try tokens(xml) == ["<a r=A1 t=s>", "<b>", "</b>", "hi", "<c>", "<&>\"'", "</c>", "</a>"])
    }

    @Test("numeric character references and CDATA taken literally")
    func references() throws {
        #expect(
            try tokens("<t>&#65;&#x4E2D;&#x1F600;<![CDATA[a &amp; <b>]]></t>") == ["<t>", "A中😀", "a &amp; <b>", "</t>"])
        #expect(try tokens("<t v=\"&#10;x&amp;\"/>") == ["<t v=\nx&>", "</t>"])
    }

    @Test("refuses DOCTYPE and ENTITY declarations")
    func refusesDeclarations() {
        let doctype = error("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>")
        #expect(doctype?.kind == .forbiddenDeclaration)
        #expect(doctype?.offset == 22)
        #expect(error("<!ENTITY x SYSTEM \"file:///etc/passwd\"><a/>")?.kind == .forbiddenDeclaration)
        #expect(error("<a><!ELEMENT a ANY></a>")?.kind == .forbiddenDeclaration)
    }

    @Test("undefined entities, bad references and broken structure are malformed")
    func malformed() {
        #expect(error("<a>&x;</a>")?.message == "the entity `&x;` is not defined (only the five XML entities are)")
        #expect(error("<a>&#0;</a>")?.message == "`&#0;` is not a valid character reference")
        #expect(error("<a>&#xD800;</a>")?.kind == .malformed)
        #expect(error("<a>AT&T</a>")?.message == "a `&` that does not start an entity reference")
        #expect(error("<a><b></a>")?.message == "expected </b>")
        #expect(error("<a><b></b>")?.message == "the document ends before <a> is closed")
        #expect(error("<a x=1/>")?.message == "expected a quoted attribute value")
        #expect(error("<a x=\"1></a>")?.kind == .malformed)
        #expect(error("<a><!-- never closed</a>")?.message == "a comment is not closed")
        #expect(error("</a>")?.message == "an end tag without a matching start tag")
        #expect(error(String(repeating: "<a>", count: 300))?.message == "elements are nested more than 256 levels deep")
    }

    @Test("locates an offset as line and column, counting characters")
    func location() {
        let tokenizer = XMLTokenizer(bytes: Array("<a>\nüü<b".utf8))
        #expect(tokenizer.location(of: 0) == (1, 1))
        #expect(tokenizer.location(of: 4) == (2, 1))
        #expect(tokenizer.location(of: 8) == (2, 3))
    }
}
