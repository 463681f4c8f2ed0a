import Foundation

/// What to forecast and how: the one description of a forecast that every surface builds — the
/// `aiser forecast` options, the workflow `forecasting` step and the `forecast` analysis — and
/// `Analytics.forecast(_:)` runs.
///
/// Model names are written with hyphens (`holt-winters`, `moving-average`, as the report's
/// `model` field); the underscore spelling (`holt_winters`) is accepted everywhere too.
public struct ForecastSpec: Sendable, Equatable {
    /// The model family.
    public enum Model: String, Sendable, CaseIterable {
        /// (S)ARIMA or exponential smoothing, whichever forecasts a holdout better (`ForecastChoice`).
        case auto
        /// ARIMA; with no order, the automatic search (seasonal when the data has a season).
        case arima
        /// Seasonal ARIMA; order (0,1,1) and seasonal order (0,1,1,s) unless given.
        case sarima
        /// Exponential smoothing, the ETS family (`ETSModel`): trend and seasonality as given, the
        /// rest chosen by AICc.
        case ets
        case holtWinters = "holt-winters"
        case holt
        case linear
        case movingAverage = "moving-average"

        /// The model called `name`, in either spelling (`holt-winters` or `holt_winters`).
        public init?(name: String) {
            self.init(rawValue: name.replacingOccurrences(of: "_", with: "-"))
        }

        /// Every name, as documented.
        public static var names: [String] { allCases.map(\.rawValue) }
    }

    /// A transformation of the values before fitting.
    public enum Transform: String, Sendable, CaseIterable {
        case none
        /// Fit to log(y) and transform the forecast and its bounds back with exp: for series whose
        /// swings grow with their level (multiplicative seasonality). Needs every value above 0.
        case log
        /// log when `LogTransformRule` prefers it (the series is positive and its spread grows
        /// with its level), else none.
        case auto
    }

    /// The date column (nil: the first column holding dates).
    public var x: String?
    /// The numeric column to forecast (nil: the first numeric column).
    public var y: String?
    public var model: Model
    /// ARIMA (p, d, q); nil chooses it automatically.
    public var order: [Int]?
    /// Seasonal ARIMA (P, D, Q, s).
    public var seasonalOrder: [Int]?
    /// The season length; nil takes the spacing's usual one (`PreparedSeries.defaultSeasonalPeriod`).
    public var seasonalPeriod: Int?
    /// Estimate a drift (constant) in a differenced ARIMA model.
    public var drift: Bool
    /// The window of the moving-average model.
    public var window: Int
    /// How many periods to forecast.
    public var periods: Int
    /// The confidence level of the intervals, strictly between 0 and 1.
    public var confidence: Double
    public var transform: Transform
    /// The ETS trend (`none`, `additive`, `damped`); nil: chosen by AICc.
    public var trend: ETSForm.Trend?
    /// The ETS seasonality (`none`, `additive`, `multiplicative`); nil: chosen by AICc.
    public var seasonality: ETSForm.Season?

    public init(
        x: String? = nil, y: String? = nil, model: Model = .arima, order: [Int]? = nil, seasonalOrder: [Int]? = nil,
        seasonalPeriod: Int? = nil, drift: Bool = false, window: Int = 3, periods: Int = 12, confidence: Double = 0.95,
        transform: Transform = .none, trend: ETSForm.Trend? = nil, seasonality: ETSForm.Season? = nil
    ) {
        self.x = x
        self.y = y
        self.model = model
        self.order = order
        self.seasonalOrder = seasonalOrder
        self.seasonalPeriod = seasonalPeriod
        self.drift = drift
        self.window = window
        self.periods = periods
        self.confidence = confidence
        self.transform = transform
        self.trend = trend
        self.seasonality = seasonality
    }

    /// The most periods a forecast may ask for.
    public static let maxPeriods = 10_000

    /// Checks every field's range; the error names the field at fault.
    public func validate() throws {
        func fail(_ field: ForecastSpecError.Field, _ message: String) -> ForecastSpecError {
            ForecastSpecError(field, message)
        }
        guard (1...Self.maxPeriods).contains(periods) else {
            throw fail(.periods, "must be between 1 and \(Self.maxPeriods), got \(periods)")
        }
        guard confidence > 0, confidence < 1 else {
            throw fail(.confidence, "must be between 0 and 1 (e.g. 0.95), got \(confidence)")
        }
        if let order, order.count != 3 || order.contains(where: { $0 < 0 }) {
            throw fail(.order, "must be 3 non-negative integers p,d,q")
        }
        if let s = seasonalOrder {
            guard s.count == 4, !s.contains(where: { $0 < 0 }) else {
                throw fail(.seasonalOrder, "must be 4 non-negative integers P,D,Q,s")
            }
            guard s[3] >= 2 else { throw fail(.seasonalOrder, "must have a season s of at least 2, got \(s[3])") }
        }
        if let seasonalPeriod, seasonalPeriod < 2 {
            throw fail(.seasonalPeriod, "must be at least 2, got \(seasonalPeriod)")
        }
        guard window >= 1 else { throw fail(.window, "must be at least 1, got \(window)") }
        if drift, model == .arima, order == nil, seasonalOrder == nil {
            throw fail(.drift, "needs a given order; the automatic search decides the constant itself")
        }
        let arimaFamily = model == .arima || model == .sarima
        if !arimaFamily && (order != nil || seasonalOrder != nil || drift) {
            let field: ForecastSpecError.Field = drift ? .drift : order != nil ? .order : .seasonalOrder
            throw fail(field, "applies only to the arima and sarima models, not \(model.rawValue)")
        }
        if model != .ets && (trend != nil || seasonality != nil) {
            throw fail(trend != nil ? .trend : .seasonality, "applies only to the ets model, not \(model.rawValue)")
        }
    }
}
