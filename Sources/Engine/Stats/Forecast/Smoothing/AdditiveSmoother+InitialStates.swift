extension AdditiveSmoother {
    /// The initial states [l₀, b₀, s₀…s_{m−2}] (s_{m−1} = −Σ) that minimise the SSE for fixed
    /// α, β, γ, or nil when they are not identified.
    ///
    /// For fixed smoothing parameters the recursion is linear in the initial states, so the
    /// one-step errors are e = r − Xδ: r are the errors when starting from `guess`, and column j
    /// of X holds the predictions that a unit change of state j alone produces (with y = 0).
    /// All k + 1 columns run through the recursion together in one pass, accumulating XᵀX and
    /// Xᵀr; the best states are `guess` + δ with XᵀX δ = Xᵀr.
    func initialStates(_ y: [Double], alpha a: Double, beta b: Double, gamma g: Double, guess: [Double])
        -> [Double]?
    {
        let m = period, k = guess.count, width = k + 1
        var level = [Double](repeating: 0, count: width), trend = level, prediction = level
        var seasons = [Double](repeating: 0, count: max(m, 1) * width)
        level[0] = guess[0]
        trend[0] = guess[1]
        level[1] = 1
        trend[2] = 1
        if m > 0 {
            for j in 0..<(m - 1) {
                seasons[j * width] = guess[2 + j]
                seasons[(m - 1) * width] -= guess[2 + j]
                seasons[j * width + 3 + j] = 1
                seasons[(m - 1) * width + 3 + j] = -1
            }
        }
        var gram = [Double](repeating: 0, count: k * k), moment = [Double](repeating: 0, count: k)
        level.withUnsafeMutableBufferPointer { level in
            trend.withUnsafeMutableBufferPointer { trend in
                seasons.withUnsafeMutableBufferPointer { seasons in
                    prediction.withUnsafeMutableBufferPointer { prediction in
                        gram.withUnsafeMutableBufferPointer { gram in
                            for t in y.indices {
                                let base = m > 0 ? (t % m) * width : 0
                                // Every column with y = 0; the y terms are added to column 0 below.
                                for c in 0..<width {
                                    let l = level[c], bb = trend[c], s = m > 0 ? seasons[base + c] : 0
                                    prediction[c] = l + bb + s
                                    let newLevel = (1 - a) * (l + bb) - a * s
                                    if m > 0 { seasons[base + c] = (1 - g) * s - g * (l + bb) }
                                    trend[c] = b * (newLevel - l) + (1 - b) * bb
                                    level[c] = newLevel
                                }
                                level[0] += a * y[t]
                                trend[0] += b * a * y[t]
                                if m > 0 { seasons[base] += g * y[t] }
                                let r = y[t] - prediction[0]
                                for i in 0..<k {
                                    let xi = prediction[i + 1]
                                    moment[i] += xi * r
                                    for j in i..<k { gram[i * k + j] += xi * prediction[j + 1] }
                                }
                            }
                        }
                    }
                }
            }
        }
        for i in 0..<k { for j in 0..<i { gram[i * k + j] = gram[j * k + i] } }
        guard let delta = Matrix.solveSymmetric(gram, moment, k) else { return nil }
        return zip(guess, delta).map { $0 + $1 }
    }
}
