import Foundation
import Testing

@testable import Engine

@Suite("Automatic ARIMA passes over fits with a root at the unit circle")
struct UnitRootRuleTests {
    @Test("inverse roots inside a radius, by the step-down recursion")
    func rootsInside() {
        #expect(Polynomial.inverseRootsInside(ar: [0.995], radius: 1))
        #expect(!Polynomial.inverseRootsInside(ar: [0.995], radius: 0.99))
        #expect(!Polynomial.inverseRootsInside(ar: [1], radius: 1))
        // (1 − 0.5B)(1 − 0.995B): inverse roots 0.5 and 0.995.
        #expect(Polynomial.inverseRootsInside(ar: [1.495, -0.4975], radius: 1))
        #expect(!Polynomial.inverseRootsInside(ar: [1.495, -0.4975], radius: 0.99))
        // 1 − 0.9B + 0.81B²: a complex pair of modulus 0.9.
        #expect(Polynomial.inverseRootsInside(ar: [0.9, -0.81], radius: 0.91))
        #expect(!Polynomial.inverseRootsInside(ar: [0.9, -0.81], radius: 0.89))
        #expect(Polynomial.inverseRootsInside(ar: [], radius: 0.99))
    }

    /// 36 months of y_t = 10 + 0.5t + e_t, e_t uniform on (−1, 1) from a fixed LCG.
    static func trend() -> [Double] {
        var state: UInt64 = 20_261_129
        return (0..<36).map { t in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let e = Double(state >> 11) / Double(1 << 53) * 2 - 1
            return 10 + 0.5 * Double(t) + e
        }
    }

    /// The largest inverse-root modulus of 1 + c₁B + c₂B² (at most two coefficients), from the
    /// quadratic formula.
    static func largestInverseRoot(_ c: [Double]) -> Double {
        let b = c.count > 0 ? c[0] : 0, q = c.count > 1 ? c[1] : 0
        // Inverse roots solve λ² + bλ + q = 0.
        let discriminant = b * b - 4 * q
        if discriminant < 0 { return q.squareRoot() }
        return max(abs((-b + discriminant.squareRoot()) / 2), abs((-b - discriminant.squareRoot()) / 2))
    }

    @Test("a trend without drift: the lowest-AIC fit has a root at the unit circle and is passed over")
    func passedOver() throws {
        let y = Self.trend()
        let selection = try AutoARIMAModel().selectOrder(y)
        #expect(selection.order.d == 1)
        let lowest = try #require(selection.candidates.min { $0.value < $1.value })
        #expect(lowest.key == "1,1,2")
        let edge = try ARIMAEstimator(order: ARIMAOrder(p: 1, d: 1, q: 2), includeMean: false).fit(y)
        let root = max(abs(edge.ar[0]), Self.largestInverseRoot(edge.ma))
        #expect(root >= 0.99, "largest inverse root \(root)")
        #expect(selection.skipped.contains { $0.hasPrefix("ARIMA(1,1,2): an AR or MA root") })
        // The winner is the lowest AIC among the candidates whose roots are clear of the circle.
        let chosen = "\(selection.order.p),\(selection.order.d),\(selection.order.q)"
        #expect(chosen == "0,1,2")
        let winner = try ARIMAEstimator(order: selection.order, includeMean: false).fit(y)
        #expect(Self.largestInverseRoot(winner.ma) < 0.99 && !winner.hasNearUnitRoot)
        for (key, aic) in selection.candidates where aic < selection.candidates[chosen]! {
            #expect(selection.skipped.contains { $0.hasPrefix("ARIMA(\(key)):") }, "\(key) has a lower AIC")
        }
        #expect(selection.reasons.contains { $0.contains("within 1 % of the unit circle") })
    }
}
