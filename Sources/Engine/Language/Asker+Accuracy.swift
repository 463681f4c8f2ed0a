extension Asker {
    /// A measured accuracy: exactly-correct answers out of questions asked.
    public struct Accuracy: Sendable, Equatable {
        public let correct: Int
        public let total: Int
        public var fraction: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// Exactly-correct answers on the held-out split of the development set
    /// (`Tests/EngineTests/Fixtures/ask/`, questions not used for tuning). `DevelopmentSetTests`
    /// fails when the current run differs, so the figure the server reports stays measured.
    public static let heldOutAccuracy = Accuracy(correct: 62, total: 67)
}
