extension Aggregate {
    /// Running state for one group when a chart aggregates rows itself (x values that repeat).
    struct Accumulator {
        var sum = 0.0
        var count = 0
        var rows = 0
        var min = Double.infinity
        var max = -Double.infinity
        var values: [Double] = []

        mutating func add(_ v: Double?, keepValues: Bool) {
            rows += 1
            guard let v, v.isFinite else { return }
            sum += v
            count += 1
            if v < min { min = v }
            if v > max { max = v }
            if keepValues { values.append(v) }
        }

        func result(_ aggregate: Aggregate) -> Double? {
            switch aggregate {
            case .count: return Double(count)
            case .countDistinct: return Double(Set(values).count)
            default: break
            }
            guard count > 0 else { return nil }
            switch aggregate {
            case .sum: return sum
            case .avg: return sum / Double(count)
            case .min: return min
            case .max: return max
            default:
                let s = values.sorted()
                let m = s.count / 2
                return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
            }
        }
    }

    /// Whether the accumulator must keep every value (median, distinct count).
    var needsValues: Bool { self == .median || self == .countDistinct }
}
