import Foundation

/// A JSON file of records as a source: a top-level array of objects, or NDJSON.
///
/// ```swift
/// let source = try JSONSource(url: URL(fileURLWithPath: "events.ndjson"))
/// var reader = try source.open()   // reader.header: every key, in first-seen order
/// ```
/// Strings become text, integers integers, other numbers numbers, `true`/`false` booleans,
/// `null` or an absent key missing, and nested arrays and objects their compact JSON text.
/// The file is parsed incrementally through a small buffer; `init` reads it once to collect
/// the header (the union of all keys), each `open()` reads it again.
struct JSONSource: RecordSource {
    /// The file.
    let url: URL
    /// The column names: every key of every record, in the order first seen.
    let header: [String]
    /// The caps applied while parsing.
    let limits: Limits

    /// Reads the file once to check it and collect the header.
    init(url: URL, limits: Limits = Limits()) throws {
        var reader = try JSONReader(path: url.path, limits: limits, header: [], keysOnly: true)
        var header: [String] = []
        var seen: Set<String> = []
        while let members = try reader.nextMembers() {
            for (key, _) in members where !seen.contains(key) {
                guard header.count < limits.maxColumns else {
                    throw JSONError(
                        .limitExceeded, path: url.path, line: reader.line,
                        "the records have more than \(limits.maxColumns) distinct keys")
                }
                seen.insert(key)
                header.append(key)
            }
        }
        self.url = url
        self.header = header
        self.limits = limits
    }

    /// A fresh reader over the records, with fields in `header` order.
    public func open() throws -> any RecordReader {
        try JSONReader(path: url.path, limits: limits, header: header)
    }
}
