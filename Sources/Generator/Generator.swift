import Engine

/// The dashboards-as-code compiler: an Aiser project in, a self-contained site out.
public enum Generator {
    /// The engine version this generator was built against.
    public static var engineVersion: String { Version.current }
}
