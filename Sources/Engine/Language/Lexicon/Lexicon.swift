/// The vocabulary of one table: its column names (split into words, with synonyms), the
/// distinct values of its low-cardinality columns, and the fixed keywords, indexed by first
/// word for longest-match lookup.
struct Lexicon: Sendable {
    /// What a phrase means.
    enum Meaning: Sendable, Hashable {
        case column(Int)
        case value(Int, SQLValue)
        case keyword(Keyword)
        /// The table itself ("tips", "cars"): counting it counts rows.
        case table
    }

    struct Entry: Sendable {
        /// The keyword, when the meaning is one.
        var keyword: Keyword? { if case .keyword(let k) = meaning { return k } else { return nil } }
        var words: [String]
        var meaning: Meaning
        /// Lower ranks win among matches of equal length. Stored doubled: a phrase reached only
        /// through a synonym ranks just below the same phrase written as the column is named.
        var rank: Int
    }

    let table: String
    let fields: [LexiconField]
    let rowCount: Int
    /// Entries by their first word.
    private(set) var index: [String: [Entry]] = [:]
    /// Every word the lexicon knows, for typo correction.
    private(set) var vocabulary: Set<String> = []
    /// The words of column names (short typos are only corrected towards these).
    var columnWords: Set<String> = []

    init(table: String, fields: [LexiconField], rowCount: Int) {
        self.table = table
        self.fields = fields.map { f in
            var f = f
            if f.parts.isEmpty { f.parts = Segmenter.parts(f.words) }
            return f
        }
        self.rowCount = rowCount
        for (phrase, kw) in Synonyms.keywords {
            add(phrase.split(separator: " ").map(String.init), .keyword(kw), rank: 2)
        }
        addFields()
        for w in tableWords {
            add([w], .table, rank: 3)
            add([Words.singular(w)], .table, rank: 3)
            add([Words.singular(w) + "s"], .table, rank: 3)
        }
        for (k, list) in index { index[k] = list.sorted { ($0.words.count, -$0.rank) > ($1.words.count, -$1.rank) } }
    }

    mutating func add(_ words: [String], _ meaning: Meaning, rank: Int, synonym: Bool = false) {
        guard let first = words.first, !first.isEmpty else { return }
        let stored = 2 * rank + (synonym ? 1 : 0)
        if let k = index[first]?.firstIndex(where: { $0.words == words && $0.meaning == meaning }) {
            index[first]![k].rank = min(index[first]![k].rank, stored)
            return
        }
        index[first, default: []].append(Entry(words: words, meaning: meaning, rank: stored))
        vocabulary.formUnion(words)
    }

    /// The entries whose phrase starts at `words[start]`, longest first.
    func matches(_ words: [String], at start: Int) -> [Entry] {
        guard start < words.count, let list = index[words[start]] else { return [] }
        return list.filter { e in
            start + e.words.count <= words.count && Array(words[start..<start + e.words.count]) == e.words
        }
    }

    /// A column holding counts of a pre-aggregated table (`count`, `n`, `frequency`): counting
    /// its rows means summing it.
    var countColumn: Int? {
        let hits = fields.indices.filter {
            fields[$0].type.isNumeric
                && ["count", "n", "cnt", "counts", "freq", "frequency"].contains(fields[$0].words.joined())
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The table's one measure column, when it has exactly one.
    var onlyMeasure: Int? {
        let hits = fields.indices.filter { fields[$0].isMeasure && !fields[$0].isYearNumber && $0 != countColumn }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The words of the table's name (`retail_orders` → retail, orders).
    var tableWords: [String] { Words.split(table).filter { $0.count > 2 } }

    /// The table's one amount of money (`amt`, `claim_amt`), not a price or a rate.
    var moneyAmount: Int? {
        let hits = fields.indices.filter { fields[$0].isMeasure && fields[$0].isMoney && !fields[$0].isAveraged }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The table's one money measure of any kind (`sale_price` in a table of home sales).
    var onlyMoney: Int? {
        let hits = fields.indices.filter { fields[$0].isMeasure && fields[$0].isMoney }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The column naming each row (`name`, `title` with a distinct value in nearly every row):
    /// what a superlative about the rows themselves ("the heaviest animal") ranks.
    var labelColumn: Int? {
        let hits = fields.indices.filter {
            let f = fields[$0]
            return f.type == .string && rowCount >= 10 && Double(f.distinctCount) >= 0.95 * Double(rowCount)
                && !Set(f.words).isDisjoint(with: ["name", "title", "nm"])
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The integer column named only "total" (or "all", "overall") beside at least two other
    /// integer measures: the whole the others are parts of (votes per candidate and `total`).
    var wholeColumn: Int? {
        let hits = fields.indices.filter {
            fields[$0].type == .integer && fields[$0].isMeasure
                && ["total", "tot", "all", "overall"].contains(fields[$0].words.joined())
        }
        guard hits.count == 1 else { return nil }
        let parts = fields.indices.filter { fields[$0].type == .integer && fields[$0].isMeasure && $0 != hits[0] }
        return parts.count >= 2 ? hits[0] : nil
    }

    /// The one measure that is an age by its name (`age`, `pt_age`).
    var ageColumn: Int? {
        let hits = fields.indices.filter { fields[$0].isMeasure && fields[$0].words.contains("age") }
        return hits.count == 1 ? hits[0] : nil
    }

    /// Whether column `f` is text with a different value in (nearly) every row (`state` of a
    /// table of states, `Bacteria`): naming it names the rows, not a grouping of them.
    func namesEachRow(_ f: Int) -> Bool {
        fields[f].type == .string && rowCount >= 5 && Double(fields[f].distinctCount) >= 0.95 * Double(rowCount)
    }

    /// The integer column holding the month of the year (1–12), in a table with no date column.
    var monthNumberColumn: Int? {
        guard temporalFields.isEmpty else { return nil }
        let hits = fields.indices.filter { fields[$0].calendarPart == .month }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The index of the column named `name`.
    func field(named name: String) -> Int? { fields.firstIndex { $0.name == name } }

    /// The temporal columns, most useful first (a column called date/time before others).
    var temporalFields: [Int] {
        fields.indices.filter { fields[$0].type.isTemporal }
    }
}
