import Foundation

/// How `aiser dev` runs.
public struct DevOptions: Sendable {
    /// The project folder.
    public var project: URL
    /// Address to listen on. Default `127.0.0.1`.
    public var host: String
    /// TCP port; 0 lets the system pick one. Default 3000.
    public var port: Int
    /// When `port` is busy, take the next free one above it (up to 100 further) instead of
    /// failing. Default `true`.
    public var nextFreePort: Bool
    /// Also build each page's PDF. Default `false`.
    public var pdf: Bool
    /// How often the project files are checked for changes. Default 300 ms.
    public var pollInterval: Duration
    /// How long a browser's `/__aiser/version?since=…` request waits for a change before it is
    /// answered anyway. Default 20 s.
    public var longPollTimeout: Duration

    public init(
        project: URL, host: String = "127.0.0.1", port: Int = 3000, nextFreePort: Bool = true, pdf: Bool = false,
        pollInterval: Duration = .milliseconds(300), longPollTimeout: Duration = .seconds(20)
    ) {
        self.project = project
        self.host = host
        self.port = port
        self.nextFreePort = nextFreePort
        self.pdf = pdf
        self.pollInterval = pollInterval
        self.longPollTimeout = longPollTimeout
    }

    /// Where the dev builds go: `<project>/.aiser-cache/dev/site` (never the project's `out/`).
    public var output: URL {
        project.appendingPathComponent(".aiser-cache/dev/site", isDirectory: true)
    }
}
