/// One configurable setting: its environment variable, command-line flag, default and meaning,
/// plus how a value is applied. `Setting.all` is the single table behind parsing and the docs.
public struct Setting: Sendable {
    public let environmentKey: String
    /// The `aiser serve` flag, when there is one.
    public let flag: String?
    public let defaultValue: String
    public let summary: String
    let apply: @Sendable (inout ServerSettings, String) throws -> Void

    init(
        _ environmentKey: String, flag: String? = nil, default defaultValue: String, _ summary: String,
        apply: @escaping @Sendable (inout ServerSettings, String) throws -> Void
    ) {
        self.environmentKey = environmentKey
        self.flag = flag
        self.defaultValue = defaultValue
        self.summary = summary
        self.apply = apply
    }
}
