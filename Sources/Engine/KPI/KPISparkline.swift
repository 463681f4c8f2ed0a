/// The geometry of a KPI's trend line: each value's point in a box, the lowest value at the
/// bottom and the highest at the top with `padding` above and below, left to right over the
/// whole width (one value: the middle). The KPI chart, the Generator's KPI card and its PDF card
/// all place the trend so.
public enum KPISparkline {
    /// The points of `values` in the box at `x`, `y` (its top) of `width`×`height`, y down;
    /// `nil` where a value is missing.
    public static func points(
        _ values: [Double?], x: Double = 0, y: Double = 0, width: Double, height: Double, padding: Double = 2
    ) -> [(x: Double, y: Double)?] {
        let present = values.compactMap { $0 }
        let lo = present.min() ?? 0, hi = present.max() ?? 1
        let span = hi > lo ? hi - lo : 1
        let n = values.count
        return values.enumerated().map { i, v in
            v.map { v in
                (
                    x + (n > 1 ? Double(i) / Double(n - 1) * width : width / 2),
                    y + height - padding - (v - lo) / span * (height - 2 * padding)
                )
            }
        }
    }
}
