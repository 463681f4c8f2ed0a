import Foundation

/// A fitted `ETSForm`: the parameters, the squared error and the final state, with the
/// likelihood of additive Gaussian errors (σ² = SSE/n, as statsmodels' `ETSModel` and R's `ets`).
struct ETSFit: Sendable {
    let form: ETSForm
    /// The seasonal period (0 without a season).
    let period: Int
    let parameters: ETSParameters
    let sse: Double
    let n: Int
    /// The states after the last value.
    let state: ETSRecursion.State
    var converged: Bool

    /// Runs `parameters` over `y` (no estimation).
    init(form: ETSForm, period: Int, parameters: ETSParameters, y: [Double], converged: Bool = true) {
        self.form = form
        self.period = form.hasSeason ? period : 0
        self.parameters = parameters
        let (sse, state) = ETSRecursion(form: form, period: self.period).run(y, parameters)
        self.sse = sse
        self.state = state
        self.n = y.count
        self.converged = converged
    }

    var sigma2: Double { sse / Double(n) }

    /// −n/2 (log(2π SSE/n) + 1).
    var logLikelihood: Double { -Double(n) / 2 * (Foundation.log(2 * Double.pi * sigma2) + 1) }

    /// The free parameters, σ² included (`ETSForm.parameterCount`).
    var parameterCount: Int { form.parameterCount(period: period) }

    var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }

    /// AIC + 2k(k + 1)/(n − k − 1); infinite when n ≤ k + 1.
    var aicc: Double {
        let k = Double(parameterCount), room = Double(n) - k - 1
        return room > 0 ? aic + 2 * k * (k + 1) / room : .infinity
    }
}
