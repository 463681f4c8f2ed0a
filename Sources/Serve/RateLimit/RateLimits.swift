/// Requests allowed per window for each rate-limit category.
public struct RateLimits: Sendable, Equatable {
    public var limits: [RateCategory: Int]
    /// Window length in seconds.
    public var windowSeconds: Int

    /// Every category at its `RateCategory.defaultLimit`, per window of 60 seconds by default.
    public init(windowSeconds: Int = 60) {
        self.windowSeconds = windowSeconds
        limits = Dictionary(uniqueKeysWithValues: RateCategory.allCases.map { ($0, $0.defaultLimit) })
    }

    /// The limit of `category`.
    public subscript(category: RateCategory) -> Int {
        get { limits[category] ?? category.defaultLimit }
        set { limits[category] = newValue }
    }

    /// The same limit for every category (tests and benchmarks).
    public static func uniform(_ limit: Int, windowSeconds: Int = 60) -> RateLimits {
        var r = RateLimits(windowSeconds: windowSeconds)
        for c in RateCategory.allCases { r[c] = limit }
        return r
    }
}
