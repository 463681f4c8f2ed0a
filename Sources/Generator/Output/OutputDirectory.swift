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
                try file.1.write(to: url)
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
}
