/// What the lexicon knows about one column of the table.
struct LexiconField: Sendable {
    var name: String
    var type: ColumnType
    /// The column name split into lowercase words.
    var words: [String]
    /// The words with run-together compounds split (`libprice` → lib, price); see `Segmenter`.
    var parts: [String] = []
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
        case .integer: return distinctCount <= 60 || namesYear
        case .decimal: return distinctCount <= 12
        }
    }

    /// Whether aggregating this column makes sense.
    var isMeasure: Bool {
        type.isNumeric && !(type == .integer && namesYear) && !isIdentifier && calendarPart == nil
    }

    /// The calendar part an integer column holds by its name and range (`Month` 5–9 → month,
    /// `day` 1–31 → day): a grouping or a filter, never summed.
    var calendarPart: TimeGrain? {
        guard type == .integer, words.count == 1, let lo = minimum.int, let hi = maximum.int, lo >= 0 else {
            return nil
        }
        switch words[0] {
        case "month", "mon", "mo", "mnth": return hi <= 12 && lo >= 1 ? .month : nil
        case "day", "dom": return hi <= 31 && lo >= 1 ? .day : nil
        case "quarter", "qtr": return hi <= 4 && lo >= 1 ? .quarter : nil
        case "week", "wk": return hi <= 53 ? .week : nil
        default: return nil
        }
    }

    /// Whether the name says the column holds years (`year`, `yr`, `season`, `fy`).
    var namesYear: Bool { words.contains { ["year", "yr", "season", "fy"].contains($0) } }

    /// An id or code column (`iso_num`, `species_id`): numeric but never summed.
    var isIdentifier: Bool { ["id", "num", "code", "nbr", "no", "key"].contains(words.last ?? "") }

    /// Whether the column holds money by its name (`amt`, `freight_cost`, `cost_usd`, `salary`).
    var isMoney: Bool { (words + parts).contains { Self.moneyWords.contains($0) } }

    /// Words that say a column (or a table: `home_sales`) is about money.
    static let moneyWords: Set<String> = [
        "amt", "amount", "cost", "price", "usd", "revenue", "sales", "salary", "charge", "chg", "fee", "spend", "eur",
        "dollars", "income", "wage", "pay",
    ]

    /// Whether the measure is a level rather than an amount (averaged by default).
    var isAveraged: Bool {
        // A unit at the end (`downtime_min`) says nothing about how to aggregate.
        let named = unit?.dimension == "duration" ? Array(words.dropLast()) : words
        return (named + Segmenter.parts(named)).contains { Synonyms.averagedWords.contains($0) }
    }

    /// The "yes" and "no" values of a two-valued flag column (Yes/No, true/false, Y/N, 1/0).
    var yesNoValues: (SQLValue, SQLValue)? {
        if type == .integer, distinctCount == 2, minimum.int == 0, maximum.int == 1 {
            return (.integer(1), .integer(0))
        }
        guard values.count == 2 else { return nil }
        let texts = values.map { ($0.string ?? "").lowercased() }
        for (y, n) in [("yes", "no"), ("true", "false"), ("y", "n"), ("1", "0"), ("t", "f")] {
            if let yi = texts.firstIndex(of: y), let ni = texts.firstIndex(of: n) { return (values[yi], values[ni]) }
        }
        return nil
    }

    /// Whether the name says the column holds percentages or a rate (`pct_female`,
    /// `PERPOVERTY`, `unemployment_rate`) and its values fit one (0–100).
    var isPercentage: Bool {
        guard type.isNumeric, (minimum.double ?? -1) >= 0, (maximum.double ?? 101) <= 100 else { return false }
        let marks: Set<String> = ["pct", "percent", "percentage", "perc", "share", "proportion", "rate"]
        return (words + parts).contains { marks.contains($0) } || (parts.first == "per" && parts.count >= 2)
    }

    /// Whether this column holds calendar years as integers (`year` in gapminder).
    var isYearNumber: Bool {
        type == .integer && namesYear && (minimum.int ?? 0) >= 1000 && (maximum.int ?? 0) <= 3000
    }
}
