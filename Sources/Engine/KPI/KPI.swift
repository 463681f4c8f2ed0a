/// One headline number: its value, an optional baseline to compare with (previous period,
/// target) and an optional trend. The one KPI of the KPI chart, the Generator's KPI card and its
/// PDF card; each only draws it.
public struct KPI: Sendable, Equatable {
    public struct Baseline: Sendable, Equatable {
        var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var name: String
    var value: Double?
    public var baseline: Baseline?
    /// The trend, oldest first; `nil` for a gap.
    public var sparkline: [Double?]

    public init(name: String, value: Double?, baseline: Baseline? = nil, sparkline: [Double?] = []) {
        self.name = name
        self.value = value
        self.baseline = baseline
        self.sparkline = sparkline
    }

    /// The change against the baseline, zero and negative baselines included (`KPIChange`);
    /// `nil` without a value or a baseline.
    public var change: KPIChange? {
        guard let value, let baseline else { return nil }
        return KPIChange(value: value, baseline: baseline.value)
    }

    /// Whether the trend has two points or more to draw.
    public var hasTrend: Bool { sparkline.lazy.compactMap { $0 }.count > 1 }

    /// The change line of every KPI card: `▲ 16.7% vs Last month ($1,200.00)`, or without a
    /// baseline label `▲ 16.7% vs $1,200.00`.
    public func changeLine(format: ValueFormat) -> String? {
        guard let change, let baseline else { return nil }
        let base = format.string(baseline.value)
        return "\(change.arrow) \(change.text) vs " + (baseline.label.isEmpty ? base : "\(baseline.label) (\(base))")
    }
}
