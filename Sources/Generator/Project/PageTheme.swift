/// The colour scheme of the built pages. `auto` follows the reader's system setting.
public enum PageTheme: String, Sendable, CaseIterable {
    case light, dark, auto
}
