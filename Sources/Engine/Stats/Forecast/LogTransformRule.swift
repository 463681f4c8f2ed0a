/// Whether a series is better modelled on the log scale: Guerrero's (1993) method, as R's
/// `forecast::BoxCox.lambda(method = "guerrero")` applies it, restricted to λ = 0 (log) and
/// λ = 1 (no transformation).
///
/// The series is cut into consecutive blocks of one season (2 values without a season), the
/// oldest values that do not fill a block dropped; each block has a mean μᵢ and a standard
/// deviation σᵢ. For each λ the ratios σᵢ / μᵢ^(1−λ) should not depend on the level when the
/// transformation stabilises the variance, so the λ whose ratios have the smaller coefficient of
/// variation wins. Log is chosen only when every value is above 0; at least two blocks are needed.
struct LogTransformRule: Sendable, Equatable {
    /// The block length.
    let period: Int
    /// The coefficient of variation of σᵢ/μᵢ (λ = 0, log).
    let variationLog: Double
    /// The coefficient of variation of σᵢ (λ = 1, none).
    let variationNone: Double

    /// Log stabilises the spread better than no transformation.
    var prefersLog: Bool { variationLog < variationNone }

    /// nil when a value is not above 0, or there are fewer than two blocks.
    init?(_ y: [Double], period: Int?) {
        let m = max(2, period ?? 2)
        let blocks = y.count / m
        guard blocks >= 2, y.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        let used = y.suffix(blocks * m)
        var means: [Double] = [], deviations: [Double] = []
        for b in 0..<blocks {
            let block = used[(used.startIndex + b * m)..<(used.startIndex + (b + 1) * m)]
            let mean = block.reduce(0, +) / Double(m)
            means.append(mean)
            deviations.append((block.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(m - 1)).squareRoot())
        }
        func variation(_ v: [Double]) -> Double {
            let mean = v.reduce(0, +) / Double(v.count)
            let sd = (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)).squareRoot()
            return mean > 0 ? sd / mean : .infinity
        }
        self.period = m
        variationLog = variation(zip(deviations, means).map { $0 / $1 })
        variationNone = variation(deviations)
    }
}
