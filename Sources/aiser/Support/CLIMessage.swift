import Foundation

/// An error whose text is already what the user should read.
struct CLIMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The URL of `path`, or an error naming it when there is no such readable file.
func existingFile(_ path: String) throws -> URL {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIMessage("\(path): no such file")
    }
    if isDirectory.boolValue { throw CLIMessage("\(path): is a directory, not a data file") }
    return URL(fileURLWithPath: path)
}
