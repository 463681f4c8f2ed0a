import Foundation

/// Writes a build into a temporary folder next to the output folder, then swaps it in, so a
/// failed build never leaves a half-written site and the previous output stays until the swap.
struct OutputDirectory {
    let target: URL

    func write(_ files: [(path: String, content: String)], binary: [(path: String, content: Data)] = []) throws {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).building-\(UUID().uuidString)")
        do {
            for file in files.map({ ($0.path, Data($0.content.utf8)) }) + binary.map({ ($0.path, $0.content) }) {
                let url = staging.appendingPathComponent(file.0)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Self.write(file.1, to: url.path)
            }
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            try? fm.removeItem(at: staging)
            throw GeneratorError(path: target.path, "cannot write the output: \(error.localizedDescription)")
        }
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(UUID().uuidString)")
        if fm.fileExists(atPath: target.path) { try fm.moveItem(at: target, to: old) }
        do {
            try fm.moveItem(at: staging, to: target)
        } catch {
            if fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: target) }
            try? fm.removeItem(at: staging)
            throw GeneratorError(path: target.path, "cannot replace the output folder: \(error.localizedDescription)")
        }
        try? fm.removeItem(at: old)
    }

    /// Writes `data` to a new file at `path` with plain `write(2)` calls: no `fsync` per file
    /// (Foundation's `Data.write` syncs each one, which dominates a build on a busy disk); the
    /// swap by rename is what keeps a failed build from showing.
    private static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, base + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
                offset += n
            }
        }
    }
}
