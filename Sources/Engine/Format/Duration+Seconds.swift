extension Duration {
    /// The duration in seconds, fractions included: the one conversion build reports, timings
    /// and logs use.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
