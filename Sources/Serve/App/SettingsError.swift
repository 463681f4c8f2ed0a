/// A setting has an invalid value, or the server cannot start with the settings given.
public struct SettingsError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
