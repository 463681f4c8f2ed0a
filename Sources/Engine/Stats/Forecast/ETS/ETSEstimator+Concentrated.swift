extension ETSEstimator {
    /// Initial states: l₀, b₀ and the m seasons (oldest first).
    struct States {
        var level: Double
        var trend: Double
        var seasons: [Double]
    }

    /// A starting guess in standardised units: l₀ the first season's mean (the first value
    /// without a season), b₀ the mean change per step between the first two seasons (the first
    /// change without one), the seasons the first season's deviations from its mean.
    func guess(_ z: [Double]) -> States {
        guard m > 0 else { return States(level: z[0], trend: form.hasTrend ? z[1] - z[0] : 0, seasons: []) }
        let first = z[0..<m].reduce(0, +) / Double(m), second = z[m..<(2 * m)].reduce(0, +) / Double(m)
        let seasons = (0..<m).map { z[$0] - first }
        return States(level: first, trend: form.hasTrend ? (second - first) / Double(m) : 0, seasons: seasons)
    }

    /// The initial states that minimise the SSE at v for a linear form (no or an additive season),
    /// with that SSE; nil when they are not identified.
    ///
    /// For fixed smoothing parameters the one-step errors are affine in the states x (level,
    /// trend, the first m − 1 seasons; the last is minus their sum): e(x) = r + J(x − x₀), with r
    /// the errors from the guess x₀ and column j of J the change a unit step in state j makes. The
    /// least-squares states solve JᵀJ δ = −Jᵀr.
    func concentrated(_ z: [Double], _ v: [Double], from start: States) -> (sse: Double, states: States)? {
        let n = z.count, recursion = ETSRecursion(form: form, period: period)
        let k = 1 + (form.hasTrend ? 1 : 0) + max(m - 1, 0)
        // Column 0: the guess; column c ≥ 1: the guess with state c − 1 moved by one.
        func column(_ c: Int) -> States {
            var s = start
            guard c > 0 else { return s }
            if c == 1 {
                s.level += 1
            } else if form.hasTrend && c == 2 {
                s.trend += 1
            } else {
                let j = c - (form.hasTrend ? 3 : 2)
                s.seasons[j] += 1
                s.seasons[m - 1] -= 1
            }
            return s
        }
        var errors = [Double](repeating: 0, count: n * (k + 1))
        errors.withUnsafeMutableBufferPointer { buffer in
            for c in 0...k {
                let s = column(c)
                let p = parameters(v, level: s.level, trend: s.trend, seasons: s.seasons)
                _ = recursion.run(z, p, errors: UnsafeMutableBufferPointer(rebasing: buffer[(c * n)..<((c + 1) * n)]))
            }
        }
        var gram = [Double](repeating: 0, count: k * k), moment = [Double](repeating: 0, count: k)
        for i in 0..<k {
            for t in 0..<n {
                let ji = errors[(i + 1) * n + t] - errors[t]
                moment[i] -= ji * errors[t]
            }
            for j in i..<k {
                var sum = 0.0
                for t in 0..<n { sum += (errors[(i + 1) * n + t] - errors[t]) * (errors[(j + 1) * n + t] - errors[t]) }
                gram[i * k + j] = sum
                gram[j * k + i] = sum
            }
        }
        guard let delta = Matrix.solveSymmetric(gram, moment, k), delta.allSatisfy(\.isFinite) else { return nil }
        var states = start
        states.level += delta[0]
        var next = 1
        if form.hasTrend {
            states.trend += delta[1]
            next = 2
        }
        for j in 0..<max(m - 1, 0) {
            states.seasons[j] += delta[next + j]
            states.seasons[m - 1] -= delta[next + j]
        }
        let p = parameters(v, level: states.level, trend: states.trend, seasons: states.seasons)
        let sse = recursion.run(z, p).sse
        return sse.isFinite ? (sse, states) : nil
    }

    /// The box search over v with the states concentrated out.
    func searchConcentrated(_ z: [Double]) -> (v: [Double], states: States, converged: Bool)? {
        var start = guess(z)
        if m > 0 {
            let mean = start.seasons.reduce(0, +) / Double(m)
            start.seasons = start.seasons.map { $0 - mean }
        }
        func value(_ v: [Double]) -> Double { concentrated(z, v, from: start)?.sse ?? .infinity }
        guard let found = Self.multiStart(value, starts: grid, lower: lower, upper: upper),
            let (_, states) = concentrated(z, found.x, from: start)
        else { return nil }
        return (found.x, states, found.converged)
    }
}
