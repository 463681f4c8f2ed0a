import Foundation
import Testing

@testable import Engine

@Suite("Box-constrained BFGS")
struct BoxMinimizerTests {
    func minimise(
        _ f: @escaping ([Double]) -> Double, _ g: @escaping ([Double]) -> [Double], from start: [Double],
        lower: [Double], upper: [Double]
    ) -> Minimum {
        Minimizer.boxBFGS(f, gradient: { x, _ in g(x) }, start: start, lower: lower, upper: upper)
    }

    @Test("an unconstrained optimum outside the box lands on the corner")
    func corner() {
        // (x − 2)² + (y + 1)² + xy/2 on [0, 1]²: both gradients point out at (1, 0).
        let m = minimise(
            { x in (x[0] - 2) * (x[0] - 2) + (x[1] + 1) * (x[1] + 1) + 0.5 * x[0] * x[1] },
            { x in [2 * (x[0] - 2) + 0.5 * x[1], 2 * (x[1] + 1) + 0.5 * x[0]] }, from: [0.5, 0.5],
            lower: [0, 0], upper: [1, 1])
        #expect(m.converged)
        #expect(m.x == [1, 0])
        #expect(abs(m.value - 2) < 1e-12)
    }

    @Test("one coordinate on a bound, the other interior")
    func edge() {
        // (x − 0.5)² + 10(y − 3)² + 0.2xy on [0, 1]²: y = 1, then 2(x − 0.5) + 0.2 = 0 → x = 0.4.
        let m = minimise(
            { x in (x[0] - 0.5) * (x[0] - 0.5) + 10 * (x[1] - 3) * (x[1] - 3) + 0.2 * x[0] * x[1] },
            { x in [2 * (x[0] - 0.5) + 0.2 * x[1], 20 * (x[1] - 3) + 0.2 * x[0]] }, from: [0.9, 0.1],
            lower: [0, 0], upper: [1, 1])
        #expect(m.converged)
        #expect(m.x[1] == 1)
        #expect(abs(m.x[0] - 0.4) < 1e-6)
    }

    @Test("an interior optimum is found as by plain BFGS (Rosenbrock)")
    func interior() {
        let m = minimise(
            { x in 100 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2) },
            { x in [-400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]), 200 * (x[1] - x[0] * x[0])] },
            from: [-1.2, 1], lower: [-2, -2], upper: [2, 2])
        #expect(m.converged)
        #expect(abs(m.x[0] - 1) < 1e-4 && abs(m.x[1] - 1) < 1e-4)
    }
}
