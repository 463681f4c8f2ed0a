extension AutoARIMAModel {
    /// The seasonal search, as R's `auto.arima` decides its differencing:
    ///
    /// 1. D = 1 when the seasonal strength (`SeasonalStrength`, classical decomposition) is at
    ///    least 0.64, else 0 (R's `nsdiffs` default rule);
    /// 2. d is the smallest of 0, 1 (2 when D = 0) whose differences of the (seasonally
    ///    differenced) series pass KPSS at 5 %;
    /// 3. every (p, q) ≤ `maxOrder` with (P, Q) ∈ {0, 1}² is fitted by exact maximum likelihood
    ///    (a constant only when d + D = 0) and the lowest AICc wins among the fits with no
    ///    inverse root within 1 % of the unit circle (`ARIMAFit.hasNearUnitRoot`).
    func selectSeasonal(_ y: [Double], strength: SeasonalStrength) throws -> (Selection, ARIMAFit) {
        let s = period
        let seasonalD = strength.needsDifference ? 1 : 0
        let w = seasonalD == 1 ? Polynomial.apply(Polynomial.differencing(d: 0, seasonalD: 1, period: s), to: y) : y
        let (d, tests) = Self.differencing(w, maximum: seasonalD == 1 ? 1 : 2)
        var best: ARIMAFit?, runnerUp: ARIMAFit?
        var candidates: [String: Double] = [:], skipped: [String] = [], onEdge = 0
        for p in 0...maxOrder {
            for q in 0...maxOrder {
                for sp in 0...1 {
                    for sq in 0...1 {
                        let order = ARIMAOrder(
                            p: p, d: d, q: q, seasonalP: sp, seasonalD: seasonalD, seasonalQ: sq, period: s)
                        do {
                            let fit = try ARIMAEstimator(
                                order: order, includeMean: d + seasonalD == 0, effort: .quick
                            ).fit(y)
                            candidates[Self.key(order)] = fit.aicc
                            if fit.hasNearUnitRoot {
                                skipped.append("\(order): an AR or MA root lies within 1 % of the unit circle")
                                onEdge += 1
                                continue
                            }
                            if best == nil || fit.aicc < best!.aicc {
                                runnerUp = best
                                best = fit
                            } else if runnerUp == nil || fit.aicc < runnerUp!.aicc {
                                runnerUp = fit
                            }
                        } catch {
                            skipped.append("\(order): \(error)")
                        }
                    }
                }
            }
        }
        guard let quick = best else { throw StatsError.notConverged(method: "automatic seasonal ARIMA") }
        // The search fits from one start; the choice is refitted from all three.
        var fit = quick
        if let refit = try? ARIMAEstimator(order: quick.order, includeMean: quick.includeMean, effort: .starts).fit(y),
            refit.logLikelihood > quick.logLikelihood, !refit.hasNearUnitRoot
        {
            fit = refit
            candidates[Self.key(fit.order)] = fit.aicc
        }
        var reasons = [
            seasonalD == 1
                ? "D = 1: the seasonal strength over period \(s) is \(rounded(strength.strength)) ≥ 0.64, so one seasonal difference is taken."
                : "D = 0: the seasonal strength over period \(s) is \(rounded(strength.strength)) < 0.64, so no seasonal difference is taken."
        ]
        if let last = tests.last, last.isStationary {
            reasons.append(
                "d = \(d): the KPSS level-stationarity test passes after \(d) difference(s)\(seasonalD == 1 ? " of the seasonally differenced series" : "") (statistic \(rounded(last.statistic)) ≤ 0.463 at 5 %)."
            )
        } else {
            reasons.append("d = \(d): the KPSS test still rejects level stationarity; d is capped at \(d).")
        }
        var choice =
            "\(fit.order): lowest AICc \(rounded(fit.aicc)) among \(candidates.count - onEdge) eligible fitted orders with p, q ≤ \(maxOrder) and P, Q ≤ 1"
        if let second = runnerUp {
            choice +=
                "; next best \(second.order) with AICc \(rounded(second.aicc)) (Δ \(rounded(second.aicc - fit.aicc)))"
        }
        reasons.append(choice + ".")
        if !skipped.isEmpty { reasons.append("Skipped: " + skipped.joined(separator: "; ")) }
        var selection = Selection(
            order: fit.order, kpss: tests, candidates: candidates, skipped: skipped, reasons: reasons)
        selection.seasonalStrength = strength.strength
        return (selection, fit)
    }

    /// "p,d,q,P,D,Q".
    static func key(_ o: ARIMAOrder) -> String {
        "\(o.p),\(o.d),\(o.q),\(o.seasonalP),\(o.seasonalD),\(o.seasonalQ)"
    }
}
