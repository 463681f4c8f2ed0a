import Foundation

/// The one rule for numbers in JSON that people read (chart data, answers, reports): a value is
/// written with at most 15 significant digits, the shortest text that reads back as that rounded
/// value. A double holds 15 decimal digits exactly, so this keeps every digit of the data and
/// drops the binary noise of arithmetic (`0.1 + 0.2` is written `0.3`, a sum of cents
/// `317206.9799999996` is written `317206.98`). Non-finite values are `null`.
///
/// The types people read apply it when they encode (`ChartValue`, `ChartPoint`, `JSONValue`,
/// insights). Raw query results (`SQLValue`, the build's query cache) are not rounded: the cache
/// must give back the very doubles it stored.
enum JSONNumber {
    /// `d` rounded to 15 significant digits (non-finite values unchanged). Near the largest
    /// double, rounding up would overflow to infinity (`1.7976931348623155e308` has no 15-digit
    /// neighbour below the maximum): such a value is kept as it is.
    static func rounded(_ d: Double) -> Double {
        guard d.isFinite, d != 0 else { return d }
        if d == d.rounded(), abs(d) < 1e15 { return d }
        guard let r = Double(String(format: "%.15g", d)), r.isFinite else { return d }
        return r
    }
}
