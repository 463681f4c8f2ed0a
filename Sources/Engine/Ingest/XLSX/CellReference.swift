/// A cell reference such as `C5`, as 1-based column and row numbers.
struct CellReference: Equatable {
    /// Largest column and row an .xlsx sheet may have (XFD, 1,048,576).
    static let maxColumn = 16_384
    static let maxRow = 1_048_576

    let column: Int
    let row: Int?

    /// Parses the bytes of a reference (`AB12`, or `AB` alone); nil when malformed or out of range.
    init?(_ bytes: ArraySlice<UInt8>) {
        var column = 0
        var i = bytes.startIndex
        while i < bytes.endIndex, let letter = Self.letter(bytes[i]) {
            column = column * 26 + letter
            guard column <= Self.maxColumn else { return nil }
            i += 1
        }
        guard column > 0 else { return nil }
        var row = 0
        var digits = 0
        while i < bytes.endIndex, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            row = row * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            digits += 1
            guard row <= Self.maxRow else { return nil }
            i += 1
        }
        guard i == bytes.endIndex, digits == 0 || row > 0 else { return nil }
        self.column = column
        self.row = digits == 0 ? nil : row
    }

    private static func letter(_ b: UInt8) -> Int? {
        if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return Int(b - UInt8(ascii: "A")) + 1 }
        if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return Int(b - UInt8(ascii: "a")) + 1 }
        return nil
    }
}
