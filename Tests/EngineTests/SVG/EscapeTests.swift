import Testing

@testable import Engine

@Suite("XML escaping")
struct EscapeTests {
    @Test("escapes markup characters and quotes")
    func escapes() {
        #expect(Escape.xml("<script>alert('x')&\"") == "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;")
        #expect(Escape.xml("plain text ä") == "plain text ä")
    }

    @Test("drops control characters XML cannot hold")
    func controls() {
        #expect(Escape.xml("a\u{0}b\u{1B}c\nd") == "abc d")
    }

    @Test("the writer escapes attributes and text")
    func writer() {
        var w = SVGWriter()
        w.element("text", [("data-x", "\"><script>")], text: "<b>&")
        #expect(w.output == "<text data-x=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;</text>")
    }
}
