import Foundation

extension FileFormat {
    /// The format of the file at `url`: from its extension, refined by a look at its first bytes.
    ///
    /// A `.json` file whose first value is not an array but an object followed by more lines is
    /// NDJSON; a `.txt` file that starts with `[` or `{` is JSON / NDJSON, otherwise CSV with a
    /// sniffed delimiter. An unknown extension is an `IngestError`.
    public static func detect(_ url: URL) throws -> FileFormat {
        guard let format = FileFormat(fileExtension: url.pathExtension) else {
            let ext = url.pathExtension.isEmpty ? "no extension" : "extension .\(url.pathExtension)"
            throw IngestError(
                path: url.path,
                message: "cannot tell the format of a file with \(ext); use .csv, .tsv, .xlsx, .json or .ndjson")
        }
        let ext = url.pathExtension.lowercased()
        guard ext == "txt" || ext == "json" else { return format }
        let head = try prefix(of: url, count: 64 * 1024)
        return sniffJSON(head) ?? format
    }

    /// `.json` or `.ndjson` when `head` looks like JSON, else `nil`.
    static func sniffJSON(_ head: [UInt8]) -> FileFormat? {
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        guard i < head.count else { return nil }
        if head[i] == UInt8(ascii: "[") { return .json }
        guard head[i] == UInt8(ascii: "{") else { return nil }
        // An object: NDJSON when a second non-blank line starts with `{` after the first closes.
        var depth = 0, inString = false, escaped = false
        while i < head.count {
            let b = head[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == 0x5C {
                    escaped = true
                } else if b == 0x22 {
                    inString = false
                }
            } else if b == 0x22 {
                inString = true
            } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        i += 1
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        return i < head.count && head[i] == UInt8(ascii: "{") ? .ndjson : .json
    }

    /// Up to `count` bytes from the start of the file.
    static func prefix(of url: URL, count: Int) throws -> [UInt8] {
        let file = try ChunkedFile(url: url)
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: count)
        let n = try buffer.withUnsafeMutableBytes { try file.fill($0) }
        out.append(contentsOf: buffer[0..<n])
        return out
    }
}
