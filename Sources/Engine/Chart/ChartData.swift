/// The chart model, identical to the API's `chart_data` object:
/// `{"type": …, "data": {"labels": […], "datasets": [{"label": …, "data": […]}]}, "options": {…}}`.
/// Every surface (dashboards, the API and its chart pages, answers) builds one and hands it to
/// `ChartRenderer`.
public struct ChartData: Sendable, Hashable, Codable {
    /// The `data` member: category labels plus datasets.
    public struct Body: Sendable, Hashable, Codable {
        public var labels: [String]
        public var datasets: [ChartDataset]
        init(labels: [String] = [], datasets: [ChartDataset] = []) {
            self.labels = labels
            self.datasets = datasets
        }
    }

    public var type: ChartType
    public var data: Body
    public var options: ChartOptions

    public init(type: ChartType, labels: [String] = [], datasets: [ChartDataset] = [], options: ChartOptions = .init())
    {
        self.type = type
        self.data = Body(labels: labels, datasets: datasets)
        self.options = options
    }

    enum CodingKeys: String, CodingKey { case type, data, options }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(ChartType.self, forKey: .type)
        data = try c.decodeIfPresent(Body.self, forKey: .data) ?? Body()
        options = try c.decodeIfPresent(ChartOptions.self, forKey: .options) ?? ChartOptions()
    }
}
