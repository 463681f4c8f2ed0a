/// The SSE of `AdditiveSmoother` as a function of the smoothing parameters alone, with the
/// initial states concentrated out by least squares (`initialStates`), and its exact gradient.
///
/// Coordinates v = [α, β/α, γ/(1−α)?] in the unit box give statsmodels' bounds 0 ≤ α ≤ 1,
/// 0 ≤ β ≤ α, 0 ≤ γ ≤ 1 − α. Because the states minimise the SSE, the gradient of
/// the concentrated SSE is the partial gradient at those states (envelope theorem), which
/// `sseGradient` computes; the last evaluation is kept so BFGS gets the gradient for free.
final class SmoothingObjective {
    let smoother: AdditiveSmoother
    let y: [Double]
    let guess: [Double]
    private var lastPoint: [Double] = []
    private var lastGradient: [Double] = []
    private var lastValue = Double.infinity

    init(smoother: AdditiveSmoother, y: [Double], guess: [Double]) {
        self.smoother = smoother
        self.y = y
        self.guess = guess
    }

    /// α, β, γ and the SSE-minimising initial states at v; nil when they are not identified.
    func parameters(_ v: [Double]) -> AdditiveSmoother.Parameters? {
        let alpha = v[0], beta = alpha * v[1]
        let m = smoother.period
        let gamma = m > 0 ? (1 - alpha) * v[2] : 0
        guard let states = smoother.initialStates(y, alpha: alpha, beta: beta, gamma: gamma, guess: guess) else {
            return nil
        }
        var seasons: [Double] = []
        if m > 0 {
            seasons = Array(states[2...])
            seasons.append(-seasons.reduce(0, +))
        }
        return AdditiveSmoother.Parameters(
            alpha: alpha, beta: beta, gamma: gamma, level: states[0], trend: states[1], seasons: seasons)
    }

    func value(_ u: [Double]) -> Double {
        if u == lastPoint { return lastValue }
        lastPoint = u
        lastGradient = [Double](repeating: 0, count: u.count)
        guard let p = parameters(u) else {
            lastValue = .infinity
            return lastValue
        }
        let (sse, g) = smoother.sseGradient(y, p)
        lastValue = sse.isFinite ? sse : .infinity
        // Chain rule through β = v₀v₁, γ = (1 − v₀)v₂.
        lastGradient[0] = g[0] + u[1] * g[1]
        lastGradient[1] = p.alpha * g[1]
        if u.count > 2 {
            lastGradient[0] -= u[2] * g[2]
            lastGradient[2] = (1 - p.alpha) * g[2]
        }
        return lastValue
    }

    func gradient(_ u: [Double]) -> [Double] {
        if u != lastPoint { _ = value(u) }
        return lastGradient
    }
}
