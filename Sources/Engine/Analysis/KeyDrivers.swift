import Foundation

/// Key-driver analysis of a query result: how each column relates to a numeric target.
///
/// Numeric columns get Pearson and Spearman correlations; string and boolean columns with
/// 2…`maxLevels` distinct values get η² with the one-way ANOVA p-value; date and datetime
/// columns get seasonality by month (6 or more distinct months present) or else by quarter.
/// Rows where the target or the factor is NULL are left out pairwise. Integer columns named like
/// identifiers (`id`, `order_id`, `customerId`, `row_number`, …) whose values are all distinct are
/// skipped: their correlation with anything is an accident of numbering.
enum KeyDrivers {
    /// The most distinct values a categorical factor may have.
    static let maxLevels = 20

    static func analyze(result: QueryResult, target: String) throws -> KeyDriverReport {
        guard let t = result.index(of: target) else {
            throw StatsError.invalidParameter(name: "target", reason: "no column named \(target)")
        }
        let targetName = result.columns[t].name
        let present = result.rows.map { $0[t] }.filter { !$0.isNull }
        guard present.count >= 3, present.allSatisfy({ $0.double != nil }) else {
            throw StatsError.invalidParameter(
                name: "target", reason: "\(targetName) must be a numeric column with at least 3 values")
        }
        let y = result.rows.map { $0[t].double }
        var drivers: [KeyDriver] = [], skipped: [String: String] = [:]
        var numericNames = [targetName], numericData = [y], orders = [RankOrder(y)]
        for (i, column) in result.columns.enumerated() where i != t {
            let values = result.rows.map { $0[i] }
            do {
                if column.type == .integer, isIdentifier(column.name, values) {
                    skipped[column.name] = "an identifier: every value is distinct"
                    continue
                }
                if column.type.isNumeric {
                    let x = values.map(\.double)
                    numericNames.append(column.name)
                    numericData.append(x)
                    orders.append(RankOrder(x))
                    drivers.append(try numeric(column.name, x, y, orders: (orders[orders.count - 1], orders[0])))
                } else if column.type.isTemporal {
                    drivers.append(try temporal(column.name, values.map(\.string), y))
                } else {
                    drivers.append(try categorical(column.name, values.map(\.string), y))
                }
            } catch {
                skipped[column.name] = "\(error)"
            }
        }
        drivers.sort {
            rank($0.impact) != rank($1.impact)
                ? rank($0.impact) > rank($1.impact) : abs($0.correlation) > abs($1.correlation)
        }
        return KeyDriverReport(
            target: targetName, drivers: drivers,
            pearson: CorrelationMatrix.build(columns: numericNames) { i, j in
                let (a, b) = pairs(numericData[i], numericData[j])
                return try Correlation.pearson(a, b)
            },
            spearman: CorrelationMatrix.build(columns: numericNames) { i, j in
                try Correlation.spearman(orders[i], orders[j], keeping: complete(numericData[i], numericData[j]))
            },
            skipped: skipped)
    }

    /// Whether an integer column is an identifier: its name ends in id, key, number, no, index or
    /// row (as a word or a camel-case part), it has no NULLs and all its values are distinct.
    static func isIdentifier(_ name: String, _ values: [SQLValue]) -> Bool {
        var words: [String] = []
        var word = ""
        for ch in name {
            if ch == "_" || ch == " " || ch == "-" || ch == "." {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else if ch.isUppercase, let last = word.last, last.isLowercase {
                words.append(word)
                word = String(ch)
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { words.append(word) }
        guard let last = words.last?.lowercased(), ["id", "key", "number", "no", "index", "row"].contains(last) else {
            return false
        }
        guard !values.contains(where: \.isNull) else { return false }
        return Set(values).count == values.count
    }

    /// Pearson's r and Spearman's ρ of `x` and the target `y` (`orders`: their rank orders).
    static func numeric(_ name: String, _ x: [Double?], _ y: [Double?], orders: (RankOrder, RankOrder)) throws
        -> KeyDriver
    {
        let (a, b) = pairs(x, y)
        let p = try Correlation.pearson(a, b)
        let s = try Correlation.spearman(orders.0, orders.1, keeping: complete(x, y))
        var driver = KeyDriver(
            factor: name, method: "pearson", correlation: p.coefficient, pValue: p.pValue, n: a.count)
        driver.spearman = s.coefficient
        driver.spearmanPValue = s.pValue
        return driver
    }

    static func categorical(_ name: String, _ x: [String?], _ y: [Double?]) throws -> KeyDriver {
        var labels: [String] = [], values: [Double] = []
        for (l, v) in zip(x, y) { if let l, let v { labels.append(l); values.append(v) } }
        let levels = Set(labels).count
        guard levels <= maxLevels else {
            throw StatsError.invalidParameter(
                name: name,
                reason: "\(levels) distinct values is too many for a categorical factor (at most \(maxLevels))")
        }
        let anova = try OneWayANOVA(values: values, groups: labels)
        var driver = KeyDriver(
            factor: name, method: "eta_squared", correlation: anova.etaSquared.squareRoot(), pValue: anova.pValue,
            n: values.count)
        driver.etaSquared = anova.etaSquared
        return driver
    }

    static func temporal(_ name: String, _ x: [String?], _ y: [Double?]) throws -> KeyDriver {
        var rows: [(String, Int, Double)] = []
        for (d, v) in zip(x, y) {
            guard let d, let v, let month = month(of: d) else { continue }
            rows.append((d, month, v))
        }
        rows.sort { $0.0 < $1.0 }
        let byMonth = Set(rows.map(\.1)).count >= 6
        let seasons = rows.map { byMonth ? $0.1 : ($0.1 - 1) / 3 + 1 }
        let s = try Seasonality(values: rows.map(\.2), seasons: seasons, period: byMonth ? .month : .quarter)
        var driver = KeyDriver(
            factor: name, method: byMonth ? "seasonality_month" : "seasonality_quarter",
            correlation: s.strength.squareRoot(), pValue: s.pValue, n: rows.count)
        driver.etaSquared = s.strength
        return driver
    }

    /// The month of an ISO date text `YYYY-MM…`, else nil.
    static func month(of text: String) -> Int? {
        let chars = Array(text.utf8)
        guard chars.count >= 7, chars[4] == UInt8(ascii: "-") else { return nil }
        guard let m = Int(String(decoding: chars[5..<7], as: UTF8.self)), (1...12).contains(m) else { return nil }
        return m
    }

    /// Which rows are pairwise complete: both values present and finite.
    static func complete(_ x: [Double?], _ y: [Double?]) -> [Bool] {
        zip(x, y).map { u, v in
            guard let u, let v else { return false }
            return u.isFinite && v.isFinite
        }
    }

    /// Pairwise-complete values.
    static func pairs(_ x: [Double?], _ y: [Double?]) -> ([Double], [Double]) {
        var a: [Double] = [], b: [Double] = []
        for (u, v) in zip(x, y) { if let u, let v, u.isFinite, v.isFinite { a.append(u); b.append(v) } }
        return (a, b)
    }

    private static func rank(_ impact: KeyDriver.Impact) -> Int {
        switch impact {
        case .high: return 2
        case .medium: return 1
        case .low: return 0
        }
    }
}
