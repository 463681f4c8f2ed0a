/// A scatter or bubble point. `r` is the bubble's size in data units (the renderer maps it to
/// an area); `label` names the point in its tooltip.
public struct ChartPoint: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var r: Double?
    public var label: String?

    init(x: Double, y: Double, r: Double? = nil, label: String? = nil) {
        self.x = x
        self.y = y
        self.r = r
        self.label = label
    }

    enum CodingKeys: String, CodingKey { case x, y, r, label }

    /// Numbers follow `JSONNumber`'s rule.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(JSONNumber.rounded(x), forKey: .x)
        try c.encode(JSONNumber.rounded(y), forKey: .y)
        try c.encodeIfPresent(r.map(JSONNumber.rounded), forKey: .r)
        try c.encodeIfPresent(label, forKey: .label)
    }
}
