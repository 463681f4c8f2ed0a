/// A question that cannot be answered with confidence: what was not understood, and which
/// columns could be meant instead.
public struct LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    let message: String
    /// Column names the user may have meant.
    let suggestions: [String]

    init(_ message: String, suggestions: [String] = []) {
        self.message = message
        self.suggestions = suggestions
    }

    public var description: String {
        suggestions.isEmpty ? message : "\(message) Columns you can ask about: \(suggestions.joined(separator: ", "))."
    }
}
