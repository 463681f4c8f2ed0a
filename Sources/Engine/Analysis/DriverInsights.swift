import Foundation

/// Sentences about a key-driver report, each computed from its numbers: which factors matter,
/// in which direction and how strongly, where rank and linear correlation disagree, which
/// factors move together, and what to do about it.
enum DriverInsights {
    static let alpha = 0.05

    static func significant(_ r: KeyDriverReport) -> [KeyDriver] { r.drivers.filter { $0.pValue < alpha } }

    static func insights(_ r: KeyDriverReport) -> [String] {
        var out: [String] = []
        let sig = significant(r)
        if sig.isEmpty {
            out.append(
                "None of the \(r.drivers.count) analysed columns is related to \(r.target) at the 5 % significance level."
            )
        } else {
            out.append(
                "\(sig.count) of \(r.drivers.count) analysed columns are related to \(r.target) at the 5 % level; the strongest is \(sig[0].factor)."
            )
        }
        for d in sig.prefix(5) { out.append(describe(d, target: r.target)) }
        for d in r.drivers where d.method == "pearson" {
            if let rho = d.spearman, abs(rho - d.correlation) >= 0.2 {
                out.append(
                    "For \(d.factor), Spearman ρ = \(fixed(rho)) differs from Pearson r = \(fixed(d.correlation)): the relation is monotonic rather than linear, or a few extreme values weigh on it."
                )
            }
        }
        for (a, b, v) in collinear(r) {
            out.append(
                "\(a) and \(b) move together (Pearson r = \(fixed(v))), so their separate effects on \(r.target) are hard to tell apart."
            )
        }
        for (name, reason) in r.skipped.sorted(by: { $0.key < $1.key }) {
            out.append("\(name) was not analysed: \(reason)")
        }
        return out
    }

    static func recommendations(_ r: KeyDriverReport) -> [String] {
        var out: [String] = []
        let sig = significant(r)
        for d in sig.filter({ $0.impact != .low }).prefix(3) {
            switch d.method {
            case "pearson":
                let way = d.correlation > 0 ? "higher" : "lower"
                out.append(
                    "Prioritise \(d.factor): \(way) values go with higher \(r.target) (r = \(fixed(d.correlation))). Test whether changing it moves \(r.target) before acting, since a correlation alone does not show cause."
                )
            case "eta_squared":
                out.append(
                    "Compare \(r.target) across the groups of \(d.factor), which explain \(percent(d.etaSquared ?? 0)) of its variance, and find what the best groups do differently."
                )
            default:
                let unit = d.method == "seasonality_month" ? "monthly" : "quarterly"
                out.append(
                    "Plan targets and capacity around the \(unit) pattern of \(r.target): seasonality explains \(percent(d.etaSquared ?? 0)) of its detrended variation."
                )
            }
        }
        for (a, b, _) in collinear(r).prefix(2) {
            out.append("Use only one of \(a) and \(b) (or a combination) when modelling \(r.target).")
        }
        let smallest = r.drivers.map(\.n).min() ?? 0
        if smallest < 30, !r.drivers.isEmpty {
            out.append(
                "Collect more rows: with as few as \(smallest) complete rows per factor, the p-values and impacts can change with a handful of new observations."
            )
        }
        if sig.isEmpty {
            out.append(
                "Look beyond these columns for what drives \(r.target): none of the \(r.drivers.count) available factors explains it at the 5 % level."
            )
        } else if sig.allSatisfy({ $0.impact == .low }) {
            out.append("Treat the significant factors as weak signals: each has |correlation| below 0.3.")
        }
        return out
    }

    static func describe(_ d: KeyDriver, target: String) -> String {
        let strength = "\(d.impact.rawValue.lowercased())-impact"
        switch d.method {
        case "pearson":
            let way = d.correlation > 0 ? "rises" : "falls"
            return
                "\(d.factor) is a \(strength) driver: \(target) \(way) as \(d.factor) rises (Pearson r = \(fixed(d.correlation)), \(StatText.p(d.pValue)), n = \(d.n))."
        case "eta_squared":
            return
                "\(d.factor) is a \(strength) driver: its groups explain \(percent(d.etaSquared ?? 0)) of the variance of \(target) (η² = \(fixed(d.etaSquared ?? 0)), ANOVA \(StatText.p(d.pValue)), n = \(d.n))."
        default:
            let unit = d.method == "seasonality_month" ? "month" : "quarter"
            return
                "\(target) varies by \(unit) of \(d.factor): seasonality explains \(percent(d.etaSquared ?? 0)) of the detrended variance (\(StatText.p(d.pValue)), n = \(d.n))."
        }
    }

    /// Pairs of numeric factors (not the target) with |Pearson r| ≥ 0.8.
    static func collinear(_ r: KeyDriverReport) -> [(String, String, Double)] {
        let m = r.pearson
        var out: [(String, String, Double)] = []
        for i in m.columns.indices where m.columns[i] != r.target {
            for j in m.columns.indices where j > i && m.columns[j] != r.target {
                if let v = m.values[i][j], abs(v) >= 0.8 { out.append((m.columns[i], m.columns[j], v)) }
            }
        }
        return out
    }

    static func fixed(_ v: Double) -> String { StatText.coefficient(v) }
    static func percent(_ v: Double) -> String { ValueFormat.percent.string(v) }
}
