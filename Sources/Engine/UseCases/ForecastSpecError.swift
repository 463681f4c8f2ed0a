/// A `ForecastSpec` field out of range, or a forecast its data cannot support, naming the field so
/// each surface can say it in its own words (`--seasonal-period`, `seasonal_period`).
public struct ForecastSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field at fault.
    public enum Field: String, Sendable, CaseIterable {
        case model, order, seasonalOrder, seasonalPeriod, drift, window, periods, confidence, transform, trend,
            seasonality
    }

    public var field: Field
    /// What is wrong, without the field's name ("must be at least 2, got 1").
    public var message: String

    public init(_ field: Field, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field.rawValue) \(message)" }
}
