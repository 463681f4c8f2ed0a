import Foundation

/// A reproducible random number generator (SplitMix64, Steele, Lea & Flood 2014): the same seed
/// gives the same sequence on every platform, so simulated results are repeatable.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private var spare: Double?

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in (0, 1).
    mutating func nextUniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    /// A standard normal value (Box–Muller, both values of each pair used).
    mutating func nextGaussian() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        let radius = (-2 * Foundation.log(nextUniform())).squareRoot(), angle = 2 * Double.pi * nextUniform()
        spare = radius * sin(angle)
        return radius * cos(angle)
    }
}
