/// A forecast with dates, its chart and sentences read off the numbers: the JSON of
/// `aiser forecast --format json` and of the API's forecasting results.
public struct ForecastReport: Sendable, Equatable, Encodable {
    /// One dated forecast step.
    public struct Point: Sendable, Equatable, Codable {
        public var date: String
        public var mean: Double
        public var lower: Double
        public var upper: Double
    }

    public var model: String
    public var order: [Int]?
    public var seasonalOrder: [Int]?
    public var aic: Double?
    public var nObs: Int
    public var params: [String: Double]
    public var confidence: Double
    /// The series' spacing (`month`, …).
    public var frequency: String
    public var gaps: [String]
    public var forecast: [Point]
    public var chartData: ChartData
    public var insights: [String]

    enum CodingKeys: String, CodingKey {
        case model, order, aic, params, confidence, frequency, gaps, forecast, insights
        case seasonalOrder = "seasonal_order"
        case nObs = "n_obs"
        case chartData = "chart_data"
    }

    /// Encodes every key, `null` for absent order, seasonal order and AIC.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(model, forKey: .model)
        try c.encode(order, forKey: .order)
        try c.encode(seasonalOrder, forKey: .seasonalOrder)
        try c.encode(aic, forKey: .aic)
        try c.encode(nObs, forKey: .nObs)
        try c.encode(params, forKey: .params)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(frequency, forKey: .frequency)
        try c.encode(gaps, forKey: .gaps)
        try c.encode(forecast, forKey: .forecast)
        try c.encode(chartData, forKey: .chartData)
        try c.encode(insights, forKey: .insights)
    }

    /// Dates `forecast` with the periods after `series`, builds the forecast chart (history,
    /// forecast, band; the forecast and band start at the last actual value) and the insights.
    init(series: PreparedSeries, forecast f: Forecast, name: String, title: String? = nil) {
        let dates = series.nextDates(f.points.count)
        model = f.model
        order = f.order
        seasonalOrder = f.seasonalOrder
        aic = f.aic
        nObs = f.nObs
        params = f.params
        confidence = f.confidence
        frequency = series.grain.rawValue
        gaps = series.gaps
        forecast = zip(dates, f.points).map { Point(date: $0, mean: $1.mean, lower: $1.lower, upper: $1.upper) }
        let n = series.values.count
        let pad = [ChartValue](repeating: .null, count: max(0, n - 1))
        let last: [ChartValue] = series.values.last.map { [.number($0)] } ?? []
        func tail(_ v: (Forecast.Point) -> Double) -> [ChartValue] { pad + last + f.points.map { .number(v($0)) } }
        let percent = Int((f.confidence * 100).rounded())
        var options = ChartOptions(title: title ?? "\(name): \(f.model) forecast")
        options.yTitle = name
        chartData = ChartData(
            type: .forecast, labels: series.dates + dates,
            datasets: [
                ChartDataset(
                    label: name, data: series.values.map { .number($0) } + f.points.map { _ in .null }, role: .actual),
                ChartDataset(label: "Forecast", data: tail(\.mean), role: .forecast),
                ChartDataset(label: "Lower \(percent) %", data: tail(\.lower), role: .lower),
                ChartDataset(label: "Upper \(percent) %", data: tail(\.upper), role: .upper),
            ],
            options: options)
        insights = ForecastInsights.sentences(series: series, forecast: f, dates: dates, name: name)
    }
}
