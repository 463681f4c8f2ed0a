import Foundation

/// Figures rounded for display.
enum MetricsRounding {
    /// `x` to `places` decimals.
    static func round(_ x: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (x * scale).rounded() / scale
    }
}
