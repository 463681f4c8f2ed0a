/// Parses a question about one table into a runnable `Plan`, with no database access
/// (the lexicon was built beforehand).
struct QuestionParser: Sendable {
    let lexicon: Lexicon

    func parse(_ question: String) throws -> Plan {
        let tokens = Tokenizer.tokens(question)
        var items = Tagger(lexicon: lexicon).tag(tokens)
        let t = lexicon.temporalFields.first.map { lexicon.fields[$0] }
        let y = lexicon.fields.first(where: \.isYearNumber)
        let years = (y?.minimum.int).flatMap { a in (y?.maximum.int).map { Int(a)...Int(max(a, $0)) } } ?? 1800...2100
        let dates = DatePhrases(
            first: t?.minimum.string.flatMap(CivilDate.init(iso:)),
            last: t?.maximum.string.flatMap(CivilDate.init(iso:)),
            yearsAreDates: t != nil || lexicon.fields.contains(where: \.isYearNumber),
            numericColumns: Set(
                lexicon.fields.indices.filter { lexicon.fields[$0].type.isNumeric && !lexicon.fields[$0].isYearNumber }),
            years: years)
        let range = dates.extract(&items)
        var u = try Interpreter(lexicon: lexicon).interpret(items, range: range)
        u.range = range
        return try Planner(lexicon: lexicon).plan(u)
    }

    /// How many items of the question matched this table's columns and values (to pick a table).
    func relevance(_ question: String) -> Int {
        Tagger(lexicon: lexicon).tag(Tokenizer.tokens(question)).reduce(0) { n, t in
            switch t.item {
            case .column, .value: return n + 2
            case .table: return n + 1
            case .unknown, .ambiguous: return n - 2
            default: return n
            }
        }
    }
}
