/// A value as a hash key with SQLite's equality: integers and integral reals are one number,
/// text compares by bytes.
enum GroupValue: Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text([UInt8])
    case blob([UInt8])

    init(_ v: SQLValue) {
        switch v {
        case .null: self = .null
        case .integer(let i): self = .integer(i)
        case .real(let d):
            if d.rounded() == d, d > -9.2e18, d < 9.2e18 { self = .integer(Int64(d)) } else { self = .real(d) }
        case .text(let s): self = .text(Array(s.utf8))
        case .blob(let b): self = .blob(b)
        }
    }
}
