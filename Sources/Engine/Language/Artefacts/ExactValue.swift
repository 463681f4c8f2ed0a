/// A `SQLValue` in JSON that reads back as exactly the same value: the type is kept (a real
/// `2.0` stays a real) and reals are stored by their bits (infinities and signed zeros too),
/// unlike `SQLValue`'s own JSON form, which is for people.
struct ExactValue: Codable, Hashable {
    let value: SQLValue

    init(_ value: SQLValue) { self.value = value }

    private enum Key: String, CodingKey {
        case integer = "i"
        case real = "r"
        case text = "t"
        case blob = "b"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        if let i = try c.decodeIfPresent(Int64.self, forKey: .integer) {
            value = .integer(i)
        } else if let bits = try c.decodeIfPresent(UInt64.self, forKey: .real) {
            value = .real(Double(bitPattern: bits))
        } else if let t = try c.decodeIfPresent(String.self, forKey: .text) {
            value = .text(t)
        } else if let b = try c.decodeIfPresent([UInt8].self, forKey: .blob) {
            value = .blob(b)
        } else {
            value = .null
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch value {
        case .null: break
        case .integer(let i): try c.encode(i, forKey: .integer)
        case .real(let d): try c.encode(d.bitPattern, forKey: .real)
        case .text(let t): try c.encode(t, forKey: .text)
        case .blob(let b): try c.encode(b, forKey: .blob)
        }
    }
}
