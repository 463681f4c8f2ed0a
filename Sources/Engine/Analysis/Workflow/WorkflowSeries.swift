/// The data passed from step to step: a dated series at one grain. Periods without a value
/// (missing from the data, or outliers removed) are listed in `missing` until a
/// `fill_missing` rule interpolates them.
struct WorkflowSeries: Sendable {
    var prepared: PreparedSeries
    /// Dates whose value is not observed (kept out of trend and anomaly statistics).
    var missing: Set<String>
    var valueName: String

    /// Observed (date, value) pairs.
    var observed: [(String, Double)] {
        zip(prepared.dates, prepared.values).filter { !missing.contains($0.0) }.map { ($0, $1) }
    }

    /// The observed points as `[{"date", "value"}]`.
    var json: JSONValue {
        .array(observed.map { .object(["date": .string($0.0), "value": .number($0.1)]) })
    }

    /// Linear interpolation of the missing values (flat at the ends).
    mutating func fillMissing() {
        let known = prepared.dates.indices.filter { !missing.contains(prepared.dates[$0]) }
        guard let first = known.first, let last = known.last else { return }
        var k = 0
        for i in prepared.dates.indices where missing.contains(prepared.dates[i]) {
            while k < known.count && known[k] < i { k += 1 }
            if i < first { prepared.values[i] = prepared.values[first]; continue }
            if i > last { prepared.values[i] = prepared.values[last]; continue }
            let a = known[k - 1], b = known[k]
            let w = Double(i - a) / Double(b - a)
            prepared.values[i] = prepared.values[a] + (prepared.values[b] - prepared.values[a]) * w
        }
        missing = []
    }
}
