import Foundation

/// A per-process folder for input files (the readers take paths), under `TMPDIR`: scripts/fuzz
/// points that at a folder of its own and removes it after each run.
public enum Scratch {
    public static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "aiser-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// `data` written to `folder/name` (replacing the previous input).
    public static func write(_ data: [UInt8], name: String) -> URL {
        let url = folder.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(data))
        return url
    }
}
