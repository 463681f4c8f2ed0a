import Foundation

/// A single SQLite value: what is bound into a statement and what comes back from one.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as a `Double` when it is numeric (integers widen), else `nil`.
    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .real(let d): return d
        default: return nil
        }
    }

    /// The value as an `Int64` when it is an integer (or a real with no fraction), else `nil`.
    public var int: Int64? {
        switch self {
        case .integer(let i): return i
        case .real(let d) where d.rounded() == d && abs(d) < 9.2e18: return Int64(d)
        default: return nil
        }
    }

    /// The value as text, as SQLite would cast it; `nil` for NULL.
    public var string: String? {
        switch self {
        case .null: return nil
        case .integer(let i): return String(i)
        case .real(let d): return SQLValue.format(d)
        case .text(let s): return s
        case .blob(let b): return String(decoding: b, as: UTF8.self)
        }
    }

    /// Whether this is SQL NULL.
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// Text of a double for people and exports: at most 15 significant digits, as SQLite's own
    /// shell prints them, so binary noise (`0.30000000000000004`, `2140858.0299999975`) does
    /// not show; whole numbers without a trailing `.0`.
    static func format(_ d: Double) -> String {
        if d.isFinite, d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        guard d.isFinite else { return String(d) }
        let text = String(format: "%.15g", d)
        return text.contains("e") ? String(d) : text
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
}
