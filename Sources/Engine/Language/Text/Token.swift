/// One token of a question: a lowercased word, a number, or a comparison symbol.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case number(Double)
        /// An ISO date or month written in the question (`2014-03-01`, `2014-03`).
        case date(String)
        case symbol
    }

    var text: String
    var kind: Kind

    var number: Double? {
        if case .number(let d) = kind { return d }
        return nil
    }

    var isWord: Bool { kind == .word }
}
