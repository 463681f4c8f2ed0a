/// One configurable setting: its environment variable, command-line flag, documented default
/// and meaning, plus how a value is applied. `Setting.all` is the single table behind parsing,
/// the CLI help and the docs; the default values themselves live only in `ServerSettings`'s
/// field initializers, and each setting reads its documented default from `ServerSettings()`.
public struct Setting: Sendable {
    public let environmentKey: String
    /// The `aiser serve` flag, when there is one.
    public let flag: String?
    /// The default as documented: the value of `ServerSettings()` written as the variable's
    /// value would be, or `(none)` when unset.
    public let defaultValue: String
    public let summary: String
    let apply: @Sendable (inout ServerSettings, String) throws -> Void

    init(
        _ environmentKey: String, flag: String? = nil, default document: (ServerSettings) -> String?,
        _ summary: String, apply: @escaping @Sendable (inout ServerSettings, String) throws -> Void
    ) {
        self.environmentKey = environmentKey
        self.flag = flag
        self.defaultValue = document(ServerSettings()) ?? "(none)"
        self.summary = summary
        self.apply = apply
    }

    /// The setting of the environment variable `key`.
    public static func named(_ key: String) -> Setting? { all.first { $0.environmentKey == key } }

    /// Help for the command-line flag of `key`: its summary, variable and default.
    public static func help(_ key: String) -> String {
        guard let s = named(key) else { return key }
        return "\(s.summary.dropLast(s.summary.hasSuffix(".") ? 1 : 0)) (env \(key), default \(s.defaultValue))."
    }
}
