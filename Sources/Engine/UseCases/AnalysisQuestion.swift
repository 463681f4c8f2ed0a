/// What `Analytics.analyze` is asked: a question about one numeric column.
public struct AnalysisQuestion: Sendable, Equatable {
    /// The question, e.g. "what drives revenue" or "compare revenue by region".
    public var question: String
    /// The analysis to run; `nil` picks one from the question (`AnalysisKind.pick(for:)`).
    public var kind: AnalysisKind?
    /// The numeric column to explain; `nil` reads it from the question.
    public var target: String?
    /// Key drivers below this confidence (0…1) are left out.
    public var minimumConfidence: Double

    public init(_ question: String, kind: AnalysisKind? = nil, target: String? = nil, minimumConfidence: Double = 0) {
        self.question = question
        self.kind = kind
        self.target = target
        self.minimumConfidence = minimumConfidence
    }
}
