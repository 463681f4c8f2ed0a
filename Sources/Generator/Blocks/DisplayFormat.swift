import Engine
import Foundation

/// How a value is shown in text: the `| filter` of an inline value, the `format:` of a block.
enum DisplayFormat: Sendable, Equatable {
    case plain
    /// Grouped thousands, at most `decimals` fraction digits (default 2).
    case number(decimals: Int?)
    /// A currency symbol (or code) and two decimals: `$1,234.50`.
    case currency(String)
    /// The value × 100 with one decimal and `%`.
    case percent
    /// Short form: `1.2K`, `3.4M`, `5.6B`.
    case compact
    /// An ISO date (`2024-01-05…`) as `Jan 5, 2024`.
    case date
    /// The value as a file-name slug (`North East` → `north-east`), to link to templated pages.
    case slug

    /// Every filter name (the reference page lists these).
    static let names = ["number", "currency", "percent", "compact", "date", "slug"]

    /// Parses `number`, `number:0`, `currency`, `currency:EUR`, `percent`, `compact`, `date`.
    init?(_ spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let argument = parts.count > 1 ? parts[1] : nil
        switch parts.first ?? "" {
        case "", "plain": self = .plain
        case "number":
            if let argument {
                guard let d = Int(argument), (0...10).contains(d) else { return nil }
                self = .number(decimals: d)
            } else {
                self = .number(decimals: nil)
            }
        case "currency": self = .currency(Self.symbol(for: argument ?? "USD"))
        case "percent": self = .percent
        case "compact": self = .compact
        case "date": self = .date
        case "slug": self = .slug
        default: return nil
        }
    }

    static func symbol(for code: String) -> String {
        switch code.uppercased() {
        case "USD", "$": return "$"
        case "EUR", "€": return "€"
        case "GBP", "£": return "£"
        case "JPY", "¥": return "¥"
        default: return code.uppercased() + " "
        }
    }

    /// `value` as text in this format; NULL is an empty string, text that is not a number stays as is.
    func format(_ value: SQLValue) -> String {
        if value.isNull { return "" }
        switch self {
        case .plain:
            if case .real(let d) = value { return Self.grouped(d, decimals: 2, group: false) }
            return value.string ?? ""
        case .date: return Self.date(value.string ?? "")
        case .slug: return Slug.make(value.string ?? "")
        default: break
        }
        guard let d = value.double ?? value.string.flatMap({ Double($0) }) else { return value.string ?? "" }
        switch self {
        case .number(let decimals):
            return Self.grouped(d, decimals: decimals ?? (value.int != nil ? 0 : 2), group: true)
        case .currency(let symbol):
            return (d < 0 ? "-" : "") + symbol + Self.grouped(abs(d), decimals: 2, group: true, trim: false)
        case .percent: return Self.grouped(d * 100, decimals: 1, group: true, trim: false) + "%"
        case .compact: return Self.compact(d)
        default: return value.string ?? ""
        }
    }

    /// `d` rounded to `decimals`, with `,` between thousands when `group`; trailing zeros trimmed
    /// unless `trim` is false.
    static func grouped(_ d: Double, decimals: Int, group: Bool, trim: Bool = true) -> String {
        guard d.isFinite else { return String(d) }
        let scale = pow(10, Double(decimals))
        let rounded = (d * scale).rounded(.toNearestOrAwayFromZero) / scale
        var text = String(format: "%.\(decimals)f", rounded)
        if text.hasPrefix("-") && Double(text) == 0 { text.removeFirst() }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        var parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        if group {
            var digits = parts[0]
            var out = ""
            while digits.count > 3 {
                out = "," + digits.suffix(3) + out
                digits.removeLast(3)
            }
            parts[0] = digits + out
        }
        if parts.count > 1 && trim {
            while parts[1].hasSuffix("0") { parts[1].removeLast() }
            if parts[1].isEmpty { parts.removeLast() }
        }
        return (negative ? "-" : "") + parts.joined(separator: ".")
    }

    static func compact(_ d: Double) -> String {
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where abs(d) >= size {
            return grouped(d / size, decimals: 1, group: false) + suffix
        }
        return grouped(d, decimals: 1, group: false)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func date(_ text: String) -> String {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return text }
        guard parts.count == 3, let day = Int(parts[2]) else { return "\(months[m - 1]) \(y)" }
        return "\(months[m - 1]) \(day), \(y)"
    }
}
