/// A user's display preferences.
struct Preferences: Codable, Sendable, Equatable {
    var theme: String = "light"
    var language: String = "en"
    var timezone: String = "UTC"
}
