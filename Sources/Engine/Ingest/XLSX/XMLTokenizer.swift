/// A small pull tokenizer for the XML subset that SpreadsheetML uses: elements, attributes, text,
/// CDATA, comments and processing instructions (skipped), the five predefined entities and
/// numeric character references.
///
/// It refuses every markup declaration (`<!DOCTYPE`, `<!ENTITY`, …), so no entity can ever be
/// defined or expanded. It works on the bytes of one inflated part and allocates nothing per
/// token: names, attribute values and text are ranges into `bytes`, decoded only on request.
/// A self-closing element is reported as a start token followed by an end token.
struct XMLTokenizer {
    enum Token: Equatable { case start, end, text, endOfDocument }

    /// One attribute of the current start tag: ranges into `bytes`.
    struct Attribute {
        var localName: Range<Int>
        var value: Range<Int>
    }

    let bytes: [UInt8]
    var position = 0
    /// The local name (without namespace prefix) of the current start or end tag.
    var localName: Range<Int> = 0..<0
    /// The attributes of the current start tag.
    var attributes: [Attribute] = []
    /// The raw range of the current text token.
    var textRange: Range<Int> = 0..<0
    /// Whether the current text token is a CDATA section (taken literally, no entities).
    var textIsCDATA = false
    /// Qualified names of the open elements, for well-formedness checks.
    var open: [Range<Int>] = []
    var pendingEnd = false

    /// Deepest element nesting accepted; SpreadsheetML needs fewer than ten levels.
    static let maxDepth = 256

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// How many elements are open after the current token.
    var depth: Int { open.count }

    /// Advances to the next token.
    mutating func next() throws -> Token {
        if pendingEnd {
            pendingEnd = false
            if let last = open.popLast() { localName = Self.local(last, in: bytes) }
            return .end
        }
        let count = bytes.count
        if position >= count {
            if let last = open.last {
                let name = String(decoding: bytes[last], as: UTF8.self)
                throw XMLError(kind: .malformed, message: "the document ends before <\(name)> is closed", offset: count)
            }
            return .endOfDocument
        }
        if bytes[position] != UInt8(ascii: "<") {
            let start = position
            while position < count && bytes[position] != UInt8(ascii: "<") { position += 1 }
            textRange = start..<position
            textIsCDATA = false
            return .text
        }
        return try markup()
    }

    /// Whether the current tag's local name equals `name`.
    func isNamed(_ name: [UInt8]) -> Bool {
        bytes[localName].elementsEqual(name)
    }

    /// The raw bytes of the attribute with this local name, if the current start tag has it.
    func attributeRange(_ name: [UInt8]) -> Range<Int>? {
        for attribute in attributes where bytes[attribute.localName].elementsEqual(name) {
            return attribute.value
        }
        return nil
    }

    /// The decoded value of the attribute with this local name, if present.
    func attribute(_ name: [UInt8]) throws -> String? {
        guard let range = attributeRange(name) else { return nil }
        var out: [UInt8] = []
        try decode(range, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the decoded current text token to `out`.
    func appendText(to out: inout [UInt8]) throws {
        if textIsCDATA {
            out.append(contentsOf: bytes[textRange])
        } else {
            try decode(textRange, into: &out)
        }
    }

    /// Skips everything up to and including the end tag of the element just started.
    mutating func skipElement() throws {
        let target = depth - 1
        while depth > target {
            if try next() == .endOfDocument { return }
        }
    }

    static func local(_ qualified: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var i = qualified.upperBound
        while i > qualified.lowerBound {
            if bytes[i - 1] == UInt8(ascii: ":") { return i..<qualified.upperBound }
            i -= 1
        }
        return qualified
    }
}
