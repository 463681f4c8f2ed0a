/// The profile of one column: what the schema endpoint reports for it.
public struct ColumnProfile: Sendable, Equatable, Encodable {
    /// The column name.
    public var name: String
    public var type: ColumnType
    /// Whether the column holds at least one NULL.
    public var nullable: Bool
    /// The number of distinct non-null values.
    public var uniqueValues: Int
    /// The first (up to 5) distinct non-null values in table order, as text (booleans as
    /// `true`/`false`).
    public var sampleValues: [String]
    /// The smallest, largest and mean value: numbers for numeric columns, ISO text for date and
    /// datetime columns (the mean of dates is the mean instant, cut to the day for dates);
    /// `nil` for other types and for columns without values.
    public var min: ProfileValue?
    public var max: ProfileValue?
    public var mean: ProfileValue?

    init(
        name: String, type: ColumnType, nullable: Bool, uniqueValues: Int, sampleValues: [String],
        min: ProfileValue? = nil, max: ProfileValue? = nil, mean: ProfileValue? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.uniqueValues = uniqueValues
        self.sampleValues = sampleValues
        self.min = min
        self.max = max
        self.mean = mean
    }

    enum CodingKeys: String, CodingKey {
        case type, nullable, uniqueValues = "unique_values", sampleValues = "sample_values", min, max, mean
    }

    /// The API object for the column (its name is the key it sits under, so it is not encoded).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(nullable, forKey: .nullable)
        try c.encode(uniqueValues, forKey: .uniqueValues)
        try c.encode(sampleValues, forKey: .sampleValues)
        try c.encodeIfPresent(min, forKey: .min)
        try c.encodeIfPresent(max, forKey: .max)
        try c.encodeIfPresent(mean, forKey: .mean)
    }
}
