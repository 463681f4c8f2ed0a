/// Sorting of the result by one output column (a dimension or measure name).
public struct Order: Sendable, Codable, Hashable {
    public var name: String
    public var descending: Bool

    init(_ name: String, descending: Bool = false) {
        self.name = name
        self.descending = descending
    }
}
