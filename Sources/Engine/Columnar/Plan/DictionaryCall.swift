/// A deterministic SQLite function whose arguments read one dictionary-encoded text column:
/// SQLite computed it once per distinct value at plan time, so a row's value is a lookup by
/// its dictionary code. Equal calls (same function, same arguments) compare equal.
struct DictionaryCall: Hashable, Sendable {
    /// The function's name, lowercased.
    let name: String
    let arguments: [Node]
    /// The text column the arguments read.
    let column: Int
    /// The value for each dictionary code, then the value for NULL (the last entry).
    let values: [SQLValue]

    static func == (a: DictionaryCall, b: DictionaryCall) -> Bool {
        a.name == b.name && a.arguments == b.arguments
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(arguments)
    }

    /// The value for dictionary code `code` (negative for NULL).
    @inline(__always)
    func value(code: Int32) -> SQLValue { values[code < 0 ? values.count - 1 : Int(code)] }
}
