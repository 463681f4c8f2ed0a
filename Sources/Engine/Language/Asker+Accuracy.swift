extension Asker {
    /// A measured accuracy: exactly-correct answers out of questions asked.
    public struct Accuracy: Sendable, Equatable {
        public let correct: Int
        public let total: Int
        public var fraction: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// Exactly-correct answers on the locked split of the development set
    /// (`Tests/EngineTests/Fixtures/ask/`: five whole tables and about 30 % of the other
    /// questions, scored but never tuned on). `DevelopmentSetTests` fails when the current run
    /// differs, so the figure the server reports stays measured.
    public static let heldOutAccuracy = Accuracy(correct: 191, total: 314)
}
