import Foundation

/// The starter project `aiser init` writes (from `Templates/starter/`).
public enum Starter {
    /// Writes the starter into `folder` (which must not exist or be empty) and returns the files written.
    @discardableResult
    public static func create(at folder: URL) throws -> [String] {
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw GeneratorError(path: folder.path, "the folder is not empty; choose a new folder")
        }
        var written: [String] = []
        for (name, text) in EmbeddedTemplates.files.sorted(by: { $0.key < $1.key }) where name.hasPrefix("starter/") {
            var relative = String(name.dropFirst("starter/".count))
            if relative == "gitignore" { relative = ".gitignore" }
            let url = folder.appendingPathComponent(relative)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                throw GeneratorError(path: url.path, "cannot write the file: \(error.localizedDescription)")
            }
            written.append(relative)
        }
        return written
    }
}
