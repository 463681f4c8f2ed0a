import Foundation

/// Sentences about a forecast computed from its numbers: the data used, how the model was
/// chosen, the direction and size of the projected change, and how wide the intervals are.
enum ForecastInsights {
    static func sentences(series: PreparedSeries, forecast f: Forecast, dates: [String], name: String) -> [String] {
        var out: [String] = []
        let n = series.values.count
        if let first = series.dates.first, let last = series.dates.last {
            out.append("Fitted on \(n) \(series.frequencyName) values of \(name) from \(first) to \(last).")
        }
        if series.mergedRows > 0 {
            out.append(
                "\(series.mergedRows) rows shared a \(series.grain.rawValue) with another row and were summed into \(series.frequencyName) totals."
            )
        }
        if series.droppedRows > 0 {
            out.append(
                "\(series.droppedRows) \(series.droppedRows == 1 ? "row was" : "rows were") left out because the date or \(name) was empty."
            )
        }
        if !series.gaps.isEmpty {
            let shown = series.gaps.prefix(5).joined(separator: ", ") + (series.gaps.count > 5 ? ", …" : "")
            out.append(
                "\(series.gaps.count) missing \(series.gaps.count == 1 ? series.grain.rawValue : series.periodName) (\(shown)) \(series.gaps.count == 1 ? "was" : "were") filled by linear interpolation."
            )
        }
        out += f.notes
        if let aic = f.aic, let order = f.order {
            out.append(
                "The fitted model has AIC \(number(aic)) with order (\(order.map(String.init).joined(separator: ", ")))."
            )
        }
        guard let lastValue = series.values.last, let end = f.points.last, let endDate = dates.last,
            let firstPoint = f.points.first
        else { return out }
        let change = end.mean - lastValue
        let direction =
            abs(change) < 1e-9 * max(1, abs(lastValue)) ? "stays flat at" : change > 0 ? "rises to" : "falls to"
        var trend =
            "Over the next \(f.points.count) \(f.points.count == 1 ? series.grain.rawValue : series.periodName) \(name) \(direction) \(number(end.mean)) by \(endDate), from \(number(lastValue)) in the last observed \(series.grain.rawValue)"
        if lastValue != 0, direction != "stays flat at" {
            trend += " (\(signedPercent(change / abs(lastValue))))"
        }
        out.append(trend + ".")
        let percent = Int((f.confidence * 100).rounded())
        let endHalf = (end.upper - end.lower) / 2, startHalf = (firstPoint.upper - firstPoint.lower) / 2
        var band =
            "The \(percent) % interval for \(endDate) runs from \(number(end.lower)) to \(number(end.upper)) (± \(number(endHalf))"
        if end.mean != 0 { band += ", ± \(percent1(endHalf / abs(end.mean))) of the forecast" }
        band += ")"
        if f.points.count > 1, startHalf > 0, endHalf > startHalf * 1.05 {
            band += "; it widens from ± \(number(startHalf)) at the first step as uncertainty accumulates"
        } else if f.points.count > 1 {
            band += "; its width stays about the same across the horizon"
        }
        out.append(band + ".")
        return out
    }

    /// A number in a sentence: the one rule (`StatText.number`).
    static func number(_ v: Double) -> String { StatText.number(v) }

    static func signedPercent(_ r: Double) -> String { (r >= 0 ? "+" : "−") + percent1(abs(r)) }

    static func percent1(_ r: Double) -> String { ValueFormat.percent.string(r) }
}
