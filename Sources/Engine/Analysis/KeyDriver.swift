/// One candidate driver of a target column and the evidence for it.
///
/// - `method`: `pearson` for numeric factors (`correlation` is Pearson's r; Spearman's ρ is
///   given too), `eta_squared` for categorical factors (`correlation` is the correlation ratio
///   η = √η², p-value from the one-way ANOVA F test), `seasonality_month` /
///   `seasonality_quarter` for dates (`correlation` is √η² of the detrended target by month or
///   quarter, see `Seasonality`).
/// - `impact`: `High` when |correlation| ≥ 0.5, `Medium` when ≥ 0.3, else `Low` (Cohen's
///   conventions for r); any driver with p ≥ 0.05 is `Low`.
/// - `confidence`: 1 − p, the complement of the p-value (not a posterior probability).
public struct KeyDriver: Sendable, Equatable, Codable {
    public enum Impact: String, Sendable, Codable { case high = "High", medium = "Medium", low = "Low" }

    public var factor: String
    public var method: String
    public var correlation: Double
    public var pValue: Double
    public var impact: Impact
    public var confidence: Double
    /// Number of rows with both values present.
    public var n: Int
    /// Spearman's ρ and its p-value (numeric factors only).
    public var spearman: Double?
    public var spearmanPValue: Double?
    /// η² (categorical and date factors only).
    public var etaSquared: Double?

    enum CodingKeys: String, CodingKey {
        case factor, method, correlation, impact, confidence, n, spearman
        case pValue = "p_value"
        case spearmanPValue = "spearman_p_value"
        case etaSquared = "eta_squared"
    }

    /// Impact from effect size and significance (thresholds above).
    static func impact(correlation r: Double, pValue p: Double) -> Impact {
        if !(p < 0.05) { return .low }
        let size = abs(r)
        return size >= 0.5 ? .high : size >= 0.3 ? .medium : .low
    }

    init(factor: String, method: String, correlation: Double, pValue: Double, n: Int) {
        self.factor = factor
        self.method = method
        self.correlation = correlation
        self.pValue = pValue
        self.n = n
        impact = KeyDriver.impact(correlation: correlation, pValue: pValue)
        confidence = min(1, max(0, 1 - pValue))
    }
}
