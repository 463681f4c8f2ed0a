/// The orders of a (seasonal) ARIMA model: (p, d, q)(P, D, Q)s.
struct ARIMAOrder: Sendable, Hashable, Codable, CustomStringConvertible {
    var p: Int
    var d: Int
    var q: Int
    var seasonalP: Int
    var seasonalD: Int
    var seasonalQ: Int
    /// The seasonal period s (0 when there is no seasonal part).
    var period: Int

    init(p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0, period: Int = 0) {
        self.p = p
        self.d = d
        self.q = q
        self.seasonalP = seasonalP
        self.seasonalD = seasonalD
        self.seasonalQ = seasonalQ
        self.period = period
    }

    var isSeasonal: Bool { period > 1 && (seasonalP + seasonalD + seasonalQ) > 0 }

    /// Throws unless every order is non-negative and a seasonal part has a period ≥ 2.
    func validate() throws {
        for (name, v) in [("p", p), ("d", d), ("q", q), ("P", seasonalP), ("D", seasonalD), ("Q", seasonalQ)]
        where v < 0 {
            throw StatsError.invalidParameter(name: name, reason: "orders must be non-negative, got \(v)")
        }
        if seasonalP + seasonalD + seasonalQ > 0 && period < 2 {
            throw StatsError.invalidParameter(
                name: "s", reason: "a seasonal part needs a period of at least 2, got \(period)")
        }
        if d + seasonalD > 3 {
            throw StatsError.invalidParameter(name: "d", reason: "total differencing above 3 is not supported")
        }
    }

    var description: String {
        let base = "ARIMA(\(p),\(d),\(q))"
        return isSeasonal ? base + "(\(seasonalP),\(seasonalD),\(seasonalQ))[\(period)]" : base
    }
}
