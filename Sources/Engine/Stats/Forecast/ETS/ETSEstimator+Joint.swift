extension ETSEstimator {
    /// The fit with a multiplicative season: v and the initial states searched together, in units
    /// of the series' mean, the seasons normalised to mean 1 (the last is m minus the others' sum).
    ///
    /// Starts: the fit of the same trend with an additive season, its seasons turned into factors
    /// (1 + s/l₀), at its own v and at every grid point; the best four are searched
    /// (`multiStart`).
    func fitJoint(_ y: [Double]) throws -> ETSFit {
        let scale = y.reduce(0, +) / Double(y.count)
        let z = y.map { $0 / scale }
        let additive = ETSEstimator(form: ETSForm(trend: form.trend, season: .additive), period: period)
        let centre = 1.0, spread = Self.spread(z, around: centre)
        let standardised = z.map { ($0 - centre) / spread }
        guard let (v0, linear, _) = additive.searchConcentrated(standardised) else {
            throw StatsError.notConverged(method: form.description)
        }
        let level = centre + spread * linear.level, trend = spread * linear.trend
        var factors = linear.seasons.map { 1 + spread * $0 / level }
        guard factors.allSatisfy({ $0 > 0 }) else { throw StatsError.notConverged(method: form.description) }
        let mean = factors.reduce(0, +) / Double(m)
        factors = factors.map { $0 / mean }
        let states = [level * mean] + (form.hasTrend ? [trend * mean] : []) + factors.dropLast()
        let dimension = v0.count
        func value(_ x: [Double]) -> Double {
            let p = jointParameters(x, dimension: dimension)
            guard p.seasons.allSatisfy({ $0 > 0 }) else { return .infinity }
            return ETSRecursion(form: form, period: period).run(z, p).sse
        }
        let lowerBox = lower + states.map { _ in -Double.infinity }
        let upperBox = upper + states.map { _ in Double.infinity }
        let starts = ([v0] + grid).map { $0 + states }
        guard let found = Self.multiStart(value, starts: starts, lower: lowerBox, upper: upperBox) else {
            throw StatsError.notConverged(method: form.description)
        }
        var p = jointParameters(found.x, dimension: dimension)
        p.level *= scale
        p.trend *= scale
        return ETSFit(form: form, period: period, parameters: p, y: y, converged: found.converged)
    }

    /// The parameters at a point of the joint search (v, then l₀, b₀, s₀…s_{m−2}).
    func jointParameters(_ x: [Double], dimension: Int) -> ETSParameters {
        var i = dimension
        let level = x[i]
        i += 1
        var trend = 0.0
        if form.hasTrend {
            trend = x[i]
            i += 1
        }
        var seasons = Array(x[i...])
        seasons.append(Double(m) - seasons.reduce(0, +))
        return parameters(Array(x[..<dimension]), level: level, trend: trend, seasons: seasons)
    }
}
