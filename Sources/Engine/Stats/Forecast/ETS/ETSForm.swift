/// The shape of an exponential smoothing model with additive errors, in Hyndman's ETS taxonomy:
/// `ETS(A, trend, season)` with the trend none (N), additive (A) or additive damped (Ad) and the
/// season none (N), additive (A) or multiplicative (M).
///
/// The spellings `none`, `additive`, `damped` (trend) and `none`, `additive`, `multiplicative`
/// (seasonality) are the ones every surface uses (`--trend`, `--seasonality`, the workflow step's
/// `trend` and `seasonality`).
public struct ETSForm: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Trend: String, Sendable, CaseIterable, Codable {
        case none, additive, damped
        var code: String { self == .none ? "N" : self == .additive ? "A" : "Ad" }
    }

    public enum Season: String, Sendable, CaseIterable, Codable {
        case none, additive, multiplicative
        var code: String { self == .none ? "N" : self == .additive ? "A" : "M" }
    }

    public var trend: Trend
    public var season: Season

    public init(trend: Trend, season: Season) {
        self.trend = trend
        self.season = season
    }

    /// `ETS(A,Ad,M)`.
    public var description: String { "ETS(A,\(trend.code),\(season.code))" }

    var hasTrend: Bool { trend != .none }
    var hasSeason: Bool { season != .none }

    /// The parameters of a fit with period m, as statsmodels' `ETSModel` counts them for the
    /// information criteria: the smoothing and damping parameters, the initial level and trend,
    /// the m initial seasons (although one is fixed by normalisation; R's `ets` counts m − 1)
    /// and σ².
    func parameterCount(period m: Int) -> Int {
        var k = 1 + 1 + 1  // α, l₀, σ²
        if hasTrend { k += 2 }  // β, b₀
        if trend == .damped { k += 1 }  // φ
        if hasSeason { k += 1 + m }  // γ, seasons
        return k
    }
}
