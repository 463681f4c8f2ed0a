/// One series of a chart: a label and one value per label (or points for scatter/bubble).
public struct ChartDataset: Sendable, Hashable, Codable {
    /// The meaning of a dataset in charts made of several parts (KPI, forecast).
    public enum Role: String, Sendable, Codable {
        /// Forecast: observed history; KPI: the headline value.
        case actual
        /// Forecast: predicted values (continues the history).
        case forecast
        /// Forecast: lower / upper bound of the confidence band.
        case lower, upper
        /// KPI: the value to compare against (previous period, target).
        case comparison
        /// KPI: the small trend line under the value.
        case sparkline
    }

    public var label: String
    public var data: [ChartValue]
    /// Combo charts: how this dataset is drawn (`bar` or `line`).
    public var type: ChartType?
    /// `"y2"` puts the dataset on the secondary (right) axis.
    public var axis: String?
    public var role: Role?
    /// A CSS colour overriding the palette.
    public var color: String?

    init(
        label: String, data: [ChartValue], type: ChartType? = nil, axis: String? = nil, role: Role? = nil,
        color: String? = nil
    ) {
        self.label = label
        self.data = data
        self.type = type
        self.axis = axis
        self.role = role
        self.color = color
    }

    /// Numbers of `data`; `nil` for gaps, text and non-finite values.
    var numbers: [Double?] { data.map(\.number) }
}
