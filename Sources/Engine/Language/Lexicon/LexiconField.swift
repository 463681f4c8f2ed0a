/// What the lexicon knows about one column of the table.
struct LexiconField: Sendable {
    var name: String
    var type: ColumnType
    /// The column name split into lowercase words.
    var words: [String]
    /// Distinct values of a low-cardinality column (text as stored), when gathered.
    var values: [SQLValue]
    /// The number of distinct values.
    var distinctCount: Int
    /// Smallest and largest value (ISO text for dates), for date ranges and number sanity.
    var minimum: SQLValue
    var maximum: SQLValue

    /// A readable name: the column's words joined by spaces (`total_bill` → "total bill").
    var title: String { words.joined(separator: " ") }

    /// Whether grouping by this column makes sense (text, booleans, dates, few integers).
    var isDimension: Bool {
        switch type {
        case .string, .boolean, .date, .datetime: return true
        case .integer: return distinctCount <= 60 || words.contains("year")
        case .decimal: return distinctCount <= 12
        }
    }

    /// Whether aggregating this column makes sense.
    var isMeasure: Bool { type.isNumeric && !(type == .integer && words.contains("year")) && !isIdentifier }

    /// An id or code column (`iso_num`, `species_id`): numeric but never summed.
    var isIdentifier: Bool { words.last == "id" || words.last == "num" || words.last == "code" }

    /// Whether the measure is a level rather than an amount (averaged by default).
    var isAveraged: Bool { words.contains { Synonyms.averagedWords.contains($0) } }

    /// The "yes" and "no" values of a two-valued flag column (Yes/No, true/false, Y/N, 1/0).
    var yesNoValues: (SQLValue, SQLValue)? {
        guard values.count == 2 else { return nil }
        let texts = values.map { ($0.string ?? "").lowercased() }
        for (y, n) in [("yes", "no"), ("true", "false"), ("y", "n"), ("1", "0"), ("t", "f")] {
            if let yi = texts.firstIndex(of: y), let ni = texts.firstIndex(of: n) { return (values[yi], values[ni]) }
        }
        return nil
    }

    /// Whether this column holds calendar years as integers (`year` in gapminder).
    var isYearNumber: Bool {
        type == .integer && words.contains("year") && (minimum.int ?? 0) >= 1000 && (maximum.int ?? 0) <= 3000
    }
}
