import Foundation

extension ValueFormat {
    /// The format names a spec may start with (the docs list each).
    public static let specNames = ["number", "currency", "percent", "compact", "date"]

    /// Parses the one format grammar of pages, blocks and charts: `number`, `number:DECIMALS`
    /// (0–10), `currency`, `currency:CODE` (ISO code or symbol), `percent`, `compact`, `date`
    /// (`plain` is `number`). `nil` for anything else.
    public init?(spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let argument = parts.count > 1 ? parts[1] : nil
        switch parts.first ?? "" {
        case "number", "plain":
            guard let argument else {
                self = .plain
                return
            }
            guard let d = Int(argument), (0...10).contains(d) else { return nil }
            self = .fixed(d)
        case "currency":
            guard argument?.isEmpty != true else { return nil }
            self = .currency(argument?.uppercased() ?? "USD")
        case "percent" where argument == nil: self = .percent
        case "compact" where argument == nil: self = .compact
        case "date" where argument == nil: self = .date
        default: return nil
        }
    }
}
