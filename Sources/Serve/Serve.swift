import Engine
import Generator

/// The HTTP API server (`aiser serve`).
public enum Serve {
    /// The version reported by the server.
    public static var version: String { Version.current }
}
