extension XMLTokenizer {
    /// Parses the markup starting at `<`: a tag, a comment, a processing instruction or CDATA.
    mutating func markup() throws -> Token {
        let start = position
        guard position + 1 < bytes.count else { throw malformed("a `<` at the end of the document", at: start) }
        switch bytes[position + 1] {
        case UInt8(ascii: "?"):
            try skip(past: Array("?>".utf8), what: "processing instruction")
            return try next()
        case UInt8(ascii: "!"):
            if hasPrefix("<!--") {
                try skip(past: Array("-->".utf8), what: "comment")
                return try next()
            }
            if hasPrefix("<![CDATA[") {
                let body = position + 9
                try skip(past: Array("]]>".utf8), what: "CDATA section")
                textRange = body..<(position - 3)
                textIsCDATA = true
                return .text
            }
            let what = hasPrefix("<!DOCTYPE") ? "a DOCTYPE" : hasPrefix("<!ENTITY") ? "an ENTITY" : "a markup"
            throw XMLError(
                kind: .forbiddenDeclaration,
                message: "\(what) declaration is not allowed (it could define external or expanding entities)",
                offset: start)
        case UInt8(ascii: "/"):
            position += 2
            let name = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                throw malformed("expected `>` to close the end tag", at: position)
            }
            position += 1
            guard let last = open.popLast() else {
                throw malformed("an end tag without a matching start tag", at: start)
            }
            guard bytes[last].elementsEqual(bytes[name]) else {
                let expected = String(decoding: bytes[last], as: UTF8.self)
                throw malformed("expected </\(expected)>", at: start)
            }
            localName = Self.local(name, in: bytes)
            return .end
        default:
            position += 1
            return try startTag()
        }
    }

    private mutating func startTag() throws -> Token {
        let name = try readName()
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpace()
            guard position < bytes.count else { throw malformed("the document ends inside a tag", at: position) }
            let b = bytes[position]
            if b == UInt8(ascii: ">") {
                position += 1
                break
            }
            if b == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw malformed("expected `/>`", at: position)
                }
                position += 2
                pendingEnd = true
                break
            }
            let attributeName = try readName()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw malformed("expected `=` after an attribute name", at: position)
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
            else { throw malformed("expected a quoted attribute value", at: position) }
            let quote = bytes[position]
            position += 1
            let valueStart = position
            while position < bytes.count && bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") {
                    throw malformed("`<` inside an attribute value", at: position)
                }
                position += 1
            }
            guard position < bytes.count else { throw malformed("an attribute value is not closed", at: valueStart) }
            attributes.append(Attribute(localName: Self.local(attributeName, in: bytes), value: valueStart..<position))
            position += 1
        }
        guard open.count < Self.maxDepth else {
            throw malformed("elements are nested more than \(Self.maxDepth) levels deep", at: position)
        }
        open.append(name)
        localName = Self.local(name, in: bytes)
        return .start
    }

    private mutating func readName() throws -> Range<Int> {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"),
                UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard position > start else { throw malformed("expected a name", at: start) }
                return start..<position
            default:
                position += 1
            }
        }
        throw malformed("the document ends inside a name", at: start)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private func hasPrefix(_ literal: String) -> Bool {
        let utf8 = literal.utf8
        guard position + utf8.count <= bytes.count else { return false }
        return bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    /// Moves `position` just past the next occurrence of `terminator`.
    private mutating func skip(past terminator: [UInt8], what: String) throws {
        let start = position
        let first = terminator[0]
        var i = position + 2
        let last = bytes.count - terminator.count
        while i <= last {
            if bytes[i] == first && bytes[i..<(i + terminator.count)].elementsEqual(terminator) {
                position = i + terminator.count
                return
            }
            i += 1
        }
        throw malformed("a \(what) is not closed", at: start)
    }

    func malformed(_ message: String, at offset: Int) -> XMLError {
        XMLError(kind: .malformed, message: message, offset: offset)
    }
}
