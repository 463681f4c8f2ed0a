import Foundation
import Testing

@testable import Engine

@Suite("Holt-Winters objective: concentrated initial states and exact gradient")
struct SmoothingObjectiveTests {
    let smoother = AdditiveSmoother(period: 12)

    func co2() throws -> [Double] { try #require(try StatsFixtures.series()["co2"]).values }

    func parameters(_ y: [Double], alpha: Double, beta: Double, gamma: Double) -> AdditiveSmoother.Parameters {
        let seasons = (0..<11).map { y[$0] - y[0..<12].reduce(0, +) / 12 }
        return AdditiveSmoother.Parameters(
            alpha: alpha, beta: beta, gamma: gamma, level: y[0], trend: 0.1, seasons: seasons + [-seasons.reduce(0, +)])
    }

    @Test("the SSE gradient matches central differences of the recursion")
    func gradient() throws {
        let y = try co2()
        let p = parameters(y, alpha: 0.4, beta: 0.1, gamma: 0.2)
        let (sse, g) = smoother.sseGradient(y, p)
        #expect(abs(sse - smoother.run(y, p).sse) <= 1e-9 * sse)
        let paths: [WritableKeyPath<AdditiveSmoother.Parameters, Double>] = [\.alpha, \.beta, \.gamma]
        for (i, path) in paths.enumerated() {
            var up = p, down = p
            up[keyPath: path] += 1e-6
            down[keyPath: path] -= 1e-6
            let numeric = (smoother.run(y, up).sse - smoother.run(y, down).sse) / 2e-6
            #expect(abs(g[i] - numeric) <= 1e-5 * max(1, abs(numeric)), "∂SSE/∂\(path): \(g[i]) vs \(numeric)")
        }
    }

    @Test("least-squares initial states zero the SSE's derivative in every state")
    func initialStates() throws {
        let y = try co2()
        let start = parameters(y, alpha: 0.3, beta: 0.05, gamma: 0.1)
        let guess = [start.level, start.trend] + Array(start.seasons.prefix(11))
        let states = try #require(smoother.initialStates(y, alpha: 0.3, beta: 0.05, gamma: 0.1, guess: guess))
        func sse(_ x: [Double]) -> Double {
            var p = start
            p.level = x[0]
            p.trend = x[1]
            p.seasons = Array(x[2...]) + [-x[2...].reduce(0, +)]
            return smoother.run(y, p).sse
        }
        let best = sse(states)
        #expect(best < 0.5 * sse(guess))
        // The SSE is quadratic in the states: at its minimum each central difference vanishes
        // and each one-sided step raises it.
        for i in states.indices {
            var up = states, down = states
            up[i] += 1e-3
            down[i] -= 1e-3
            let slope = (sse(up) - sse(down)) / 2e-3
            let rise = (sse(up) - best) / 1e-3
            #expect(abs(slope) <= 1e-6 * abs(rise) + 1e-9, "state \(i): slope \(slope), rise \(rise)")
            #expect(sse(up) > best && sse(down) > best)
        }
    }

    @Test("the concentrated objective's gradient matches central differences")
    func concentrated() throws {
        let y = try co2()
        let guess = [y[0], 0] + (0..<11).map { y[$0] - y[0] }
        let objective = SmoothingObjective(smoother: smoother, y: y, guess: guess)
        let v = [0.6, 0.2, 0.3]
        let g = objective.gradient(v)
        for i in v.indices {
            var up = v, down = v
            up[i] += 1e-6
            down[i] -= 1e-6
            let numeric = (objective.value(up) - objective.value(down)) / 2e-6
            #expect(abs(g[i] - numeric) <= 1e-4 * max(1, abs(numeric)), "coordinate \(i): \(g[i]) vs \(numeric)")
        }
    }
}
