import Foundation

/// Writes `text` to standard output or, when `path` is given, to that file.
func emit(_ text: String, to path: String? = nil) throws {
    if let path {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
