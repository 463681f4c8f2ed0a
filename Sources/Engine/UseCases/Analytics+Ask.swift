extension Analytics {
    /// Answers a plain-language question offline: the SQL run, the chart as `ChartData` (titled
    /// with the interpretation), computed insights. Throws `LanguageError` when the question
    /// cannot be mapped with confidence. `rollupThreshold` is `Asker`'s (month pre-aggregates of
    /// large tables; `nil` for one-off questions, where building them costs more than it saves).
    public func ask(_ question: String, rollupThreshold: Int? = nil) throws -> Answer {
        try asker(rollupThreshold: rollupThreshold).ask(question)
    }

    /// The NL engine over these tables, for asking several questions in turn.
    public func asker(rollupThreshold: Int? = 200_000) throws -> Asker {
        try Asker(connection: connection, tables: tables, rollupThreshold: rollupThreshold)
    }
}
