/// How a KPI's value compares with its baseline (previous period, target): the one rule of the
/// KPI chart, the Generator's KPI card and its PDF.
///
/// - Equal values are unchanged: `■ 0%`.
/// - A zero baseline gives the absolute difference, since a percentage of zero is undefined:
///   `▲ 5`.
/// - Otherwise the change relative to the baseline's magnitude (so a negative baseline still
///   reads the right way), as a percentage with one decimal and no sign — the arrow gives the
///   direction: `▲ 16.7%`, `▼ 12.5%`.
public struct KPIChange: Sendable, Equatable {
    public enum Direction: String, Sendable { case up, down, flat }

    public var direction: Direction
    /// The size of the change without sign: `16.7%`, or the absolute difference.
    public var text: String

    init(direction: Direction, text: String) {
        self.direction = direction
        self.text = text
    }

    init(value: Double, baseline: Double) {
        if value == baseline {
            direction = .flat
            text = "0%"
        } else {
            direction = value > baseline ? .up : .down
            text =
                baseline == 0
                ? ValueFormat.plain.string(abs(value - baseline))
                : ValueFormat.percent.string(abs(value - baseline) / abs(baseline), step: 0.001)
        }
    }

    /// `▲`, `▼` or `■`.
    public var arrow: String {
        switch direction {
        case .up: return "▲"
        case .down: return "▼"
        case .flat: return "■"
        }
    }

    /// `up 16.7%`, `down` (zero baseline) or `unchanged`, for sentences.
    var word: String {
        switch direction {
        case .flat: return "unchanged"
        case .up, .down: return text.hasSuffix("%") ? "\(direction.rawValue) \(text)" : direction.rawValue
        }
    }
}
