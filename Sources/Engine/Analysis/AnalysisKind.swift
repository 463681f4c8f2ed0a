/// The kinds of analysis the AI analysis endpoint runs, and how `auto` picks one from a question.
public enum AnalysisKind: String, Sendable, CaseIterable {
    case drivers, trend, forecast, anomalies, comparison

    /// Words that ask for each kind, checked in this order: forecast, anomalies, comparison,
    /// trend; a question with none of them asks for drivers ("what drives …", "why …").
    static let cues: [(AnalysisKind, Set<String>)] = [
        (
            .forecast,
            [
                "forecast", "forecasts", "predict", "prediction", "predictions", "projection", "project",
                "next", "future", "will", "expect", "expected", "outlook",
            ]
        ),
        (
            .anomalies,
            [
                "anomaly", "anomalies", "anomalous", "outlier", "outliers", "unusual", "abnormal", "spike",
                "spikes",
            ]
        ),
        (
            .comparison,
            [
                "compare", "compared", "comparison", "versus", "vs", "differ", "differs", "difference",
                "differences",
            ]
        ),
        (
            .trend,
            [
                "trend", "trends", "trending", "growth", "growing", "grow", "grew", "decline", "declining",
                "trajectory", "evolve", "evolution",
            ]
        ),
    ]

    /// The kind a question asks for.
    static func pick(for question: String) -> AnalysisKind {
        let lower = question.lowercased()
        let words = Set(lower.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        for (kind, cue) in cues where !cue.isDisjoint(with: words) { return kind }
        if lower.contains("over time") || lower.contains("time series") { return .trend }
        return .drivers
    }
}
