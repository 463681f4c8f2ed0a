import Foundation

extension XLSXReader {
    /// The type attribute values of a cell (`t="…"`).
    enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate

        init?(_ bytes: ArraySlice<UInt8>) {
            switch String(decoding: bytes, as: UTF8.self) {
            case "n": self = .number
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .isoDate
            default: return nil
            }
        }
    }

    /// Reads the cell just started (its `<v>` or `<is>`; formulas use their cached value).
    mutating func readCell(column: Int) throws -> Field {
        var type = CellType.number
        if let t = xml.attributeRange(Self.t) {
            guard let parsed = CellType(xml.bytes[t]) else {
                throw malformed(
                    "the cell has the unknown type \"\(String(decoding: xml.bytes[t], as: UTF8.self))\"", column: column
                )
            }
            type = parsed
        }
        var style = 0
        if let s = xml.attributeRange(Self.s) {
            style = Self.integer(xml.bytes[s]).map { Int($0) } ?? 0
        }
        valueBuffer.removeAll(keepingCapacity: true)
        var hasValue = false
        var inline: String? = nil
        let cellDepth = xml.depth
        while xml.depth >= cellDepth {
            switch try xml.next() {
            case .start where xml.depth == cellDepth + 1 && xml.isNamed(Self.v):
                hasValue = true
                try Self.readText(&xml, into: &valueBuffer)
            case .start where xml.depth == cellDepth + 1 && xml.isNamed(Self.is):
                try xml.readStringItem(into: &stringBuffer)
                inline = String(decoding: stringBuffer, as: UTF8.self)
            case .start:
                try xml.skipElement()
            case .endOfDocument:
                break
            default:
                continue
            }
            if xml.depth < cellDepth { break }
        }
        if type == .inlineString || (inline != nil && !hasValue) {
            return text(inline ?? "")
        }
        guard hasValue else { return .missing }
        return try field(type: type, style: style, column: column)
    }

    private func field(type: CellType, style: Int, column: Int) throws -> Field {
        if type == .number, context.styles.format(style) == .plain, let value = Self.integer(valueBuffer[...]) {
            return .integer(value)
        }
        let raw = String(decoding: valueBuffer, as: UTF8.self)
        switch type {
        case .sharedString:
            guard let index = Int(raw.trimmingSpaces), index >= 0, index < context.strings.count else {
                throw malformed("the cell refers to shared string \(raw), which does not exist", column: column)
            }
            return text(context.strings[index])
        case .inlineString, .formulaString:
            return text(raw)
        case .boolean:
            switch raw.trimmingSpaces {
            case "1", "true", "TRUE": return .boolean(true)
            case "0", "false", "FALSE": return .boolean(false)
            default: throw malformed("the boolean cell has the value \"\(raw)\"", column: column)
            }
        case .error:
            return .missing
        case .isoDate:
            return Self.isoDate(raw)
        case .number:
            let trimmed = raw.trimmingSpaces
            if trimmed.isEmpty { return .missing }
            guard let value = Double(trimmed), value.isFinite else {
                throw malformed("the numeric cell has the value \"\(raw)\"", column: column)
            }
            switch context.styles.format(style) {
            case .date:
                if let date = ExcelDate.field(serial: value, uses1904: context.uses1904, datetime: false) {
                    return date
                }
            case .datetime:
                if let date = ExcelDate.field(serial: value, uses1904: context.uses1904, datetime: true) { return date }
            case .time:
                if value >= 0 && value < 1 { return ExcelDate.timeOfDay(value) }
                if let date = ExcelDate.field(serial: value, uses1904: context.uses1904, datetime: true) { return date }
            case .plain:
                break
            }
            if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .integer(Int64(value)) }
            return .number(value)
        }
    }

    /// Collects the text of the element just started, up to its end tag.
    private static func readText(_ xml: inout XMLTokenizer, into out: inout [UInt8]) throws {
        let depth = xml.depth
        while xml.depth >= depth {
            switch try xml.next() {
            case .text: try xml.appendText(to: &out)
            case .endOfDocument: return
            default: continue
            }
        }
    }

    private func text(_ s: String) -> Field { s.isEmpty ? .missing : .text(s) }

    /// The value of plain decimal digits with an optional `-` (at most 18 digits), else nil:
    /// the common case of a number cell or an attribute, without building a `String`.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var i = bytes.startIndex
        let negative = i < bytes.endIndex && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let digits = bytes.endIndex - i
        guard digits > 0 && digits <= 18 else { return nil }
        var value: Int64 = 0
        while i < bytes.endIndex {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int64(d)
            i += 1
        }
        return negative ? -value : value
    }

    /// A `t="d"` cell: ISO 8601 text, as a date or a date-time.
    static func isoDate(_ raw: String) -> Field {
        var s = raw.trimmingSpaces
        if s.hasSuffix("Z") { s.removeLast() }
        guard s.count > 10 else { return s.isEmpty ? .missing : .date(s) }
        return .datetime(s.replacingOccurrences(of: "T", with: " "))
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    fileprivate var trimmingSpaces: String {
        let space: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !space($0) }), let last = lastIndex(where: { !space($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
