import Foundation

/// How a numeric target differs across the groups of a categorical column: each group's size,
/// mean, median and share of the total, with the one-way ANOVA F test and η² for the whole.
///
/// The factor is the one asked for, else the text column (2 to `KeyDrivers.maxLevels` distinct
/// values) with the largest η².
public struct GroupComparison: Sendable, Encodable {
    /// One group's statistics.
    public struct Group: Sendable, Encodable, Equatable {
        public let name: String
        let count: Int
        let mean: Double
        let median: Double
        /// The group's sum as a fraction of the total sum (`nil` when the total is 0).
        let share: Double?
    }

    public let factor: String
    public let target: String
    /// Groups by mean, highest first.
    public let groups: [Group]
    public let etaSquared: Double
    let f: Double
    public let pValue: Double
    let insights: [String]

    enum CodingKeys: String, CodingKey {
        case factor, target, groups, f, insights
        case etaSquared = "eta_squared"
        case pValue = "p_value"
    }

    init(result: QueryResult, target: String, factor: String? = nil) throws {
        guard let t = result.index(of: target), result.columns[t].type.isNumeric else {
            throw AnalysisError("\(target) is not a numeric column")
        }
        let candidates = result.columns.indices.filter { i in
            i != t && !result.columns[i].type.isNumeric && !result.columns[i].type.isTemporal
        }
        let chosen: [Int]
        if let factor {
            guard let i = result.index(of: factor), candidates.contains(i) else {
                throw AnalysisError("\(factor) is not a text column to compare groups by")
            }
            chosen = [i]
        } else {
            chosen = candidates
        }
        var best: (Int, OneWayANOVA, [String], [Double])?
        for i in chosen {
            var labels: [String] = [], values: [Double] = []
            for row in result.rows {
                guard let label = row[i].string, let value = row[t].double, value.isFinite else { continue }
                labels.append(label)
                values.append(value)
            }
            let levels = Set(labels).count
            guard levels >= 2, levels <= KeyDrivers.maxLevels,
                let anova = try? OneWayANOVA(values: values, groups: labels)
            else { continue }
            if best == nil || anova.etaSquared > best!.1.etaSquared { best = (i, anova, labels, values) }
        }
        guard let (i, anova, labels, values) = best else {
            throw AnalysisError(
                "no text column with 2 to \(KeyDrivers.maxLevels) groups (and at least two values in a group) to compare \(target) by"
            )
        }
        var byGroup: [String: [Double]] = [:]
        for (l, v) in zip(labels, values) { byGroup[l, default: []].append(v) }
        let total = values.reduce(0, +)
        var groups: [Group] = []
        for (name, xs) in byGroup {
            let sum = xs.reduce(0, +)
            groups.append(
                Group(
                    name: name, count: xs.count, mean: sum / Double(xs.count), median: try Descriptive.median(xs),
                    share: total == 0 ? nil : sum / total))
        }
        groups.sort { $0.mean != $1.mean ? $0.mean > $1.mean : $0.name < $1.name }
        self.factor = result.columns[i].name
        self.target = result.columns[t].name
        self.groups = groups
        self.etaSquared = anova.etaSquared
        self.f = anova.f
        self.pValue = anova.pValue
        self.insights = Self.insights(target: self.target, factor: self.factor, groups: groups, anova: anova)
    }

    static func insights(target: String, factor: String, groups: [Group], anova: OneWayANOVA) -> [String] {
        guard let top = groups.first, let bottom = groups.last else { return [] }
        func n(_ x: Double) -> String { SQLValue.format((x * 100).rounded() / 100) }
        var out = [
            "\(target) is highest for \(factor) \(top.name) (mean \(n(top.mean)), \(top.count) rows) and lowest for \(bottom.name) (mean \(n(bottom.mean)), \(bottom.count) rows)."
        ]
        let p = StatText.p(anova.pValue)
        if anova.pValue < 0.05 {
            out.append(
                "The difference between the \(groups.count) groups is significant (one-way ANOVA, \(p)); \(factor) explains \(n(anova.etaSquared * 100)) % of the variation in \(target)."
            )
        } else {
            out.append(
                "The difference between the \(groups.count) groups is not significant at the 5 % level (one-way ANOVA, \(p))."
            )
        }
        if bottom.mean != 0, top.mean > 0, bottom.mean > 0 {
            out.append("The top group's mean is \(n(top.mean / bottom.mean))× the bottom group's.")
        }
        return out
    }
}
