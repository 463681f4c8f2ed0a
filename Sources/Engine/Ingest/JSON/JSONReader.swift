/// Reads the records of a JSON file: a top-level array of objects, or NDJSON (one object per
/// line, blank lines allowed), told apart by the first non-blank byte.
///
/// Memory: the input buffer and one record, whatever the size of the file.
struct JSONReader: RecordReader {
    enum Layout { case array, lines }

    let header: [String]
    private(set) var line = 0
    private var parser: JSONParser
    private let layout: Layout
    private let columns: [String: Int]
    private var started = false
    private var finished = false
    private var members: [(key: String, value: Field)] = []
    /// The column of each key position in the previous record (records tend to repeat them).
    private var recentColumns: [(key: String, index: Int)] = []

    /// A reader producing fields in `header` order; with `keysOnly` (the header pre-scan) only
    /// `nextMembers()` is meaningful and every value is `.missing`.
    init(
        path: String, limits: JSONSource.Limits, header: [String], keysOnly: Bool = false,
        bufferSize: Int = 64 << 10
    ) throws {
        parser = JSONParser(input: try ByteInput(path: path, bufferSize: bufferSize), limits: limits)
        parser.keysOnly = keysOnly
        self.header = header
        columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if try parser.input.peek() == 0xEF {
            guard try parser.input.read() == 0xEF, try parser.input.read() == 0xBB, try parser.input.read() == 0xBF
            else {
                throw parser.failure("the file does not start with JSON (an invalid byte order mark)")
            }
        }
        switch try parser.skipSpace() {
        case nil:
            throw JSONError(
                .notRecords, path: path, "the file is empty; expected an array of objects or one object per line")
        case UInt8(ascii: "["):
            layout = .array
            try parser.checkDepth(1)
            parser.input.advance()
        case UInt8(ascii: "{"):
            layout = .lines
        case let b?:
            throw parser.failure(
                .notRecords,
                "expected an array of objects or one object per line (NDJSON), found \(JSONParser.describe(b))")
        }
    }

    mutating func next() throws -> [Field]? {
        guard let members = try nextMembers() else { return nil }
        var record = [Field](repeating: .missing, count: header.count)
        for (position, (key, value)) in members.enumerated() {
            if position < recentColumns.count && recentColumns[position].key == key {
                record[recentColumns[position].index] = value
                continue
            }
            guard let index = columns[key] else {
                throw JSONError(
                    .notRecords, path: parser.input.path, line: line,
                    "the key \"\(key)\" was not in the file when it was first read (did it change?)")
            }
            if position < recentColumns.count {
                recentColumns[position] = (key, index)
            } else if position == recentColumns.count {
                recentColumns.append((key, index))
            }
            record[index] = value
        }
        return record
    }

    /// The members of the next record in order, or nil at the end.
    mutating func nextMembers() throws -> [(key: String, value: Field)]? {
        guard !finished else { return nil }
        members.removeAll(keepingCapacity: true)
        switch layout {
        case .array: guard try nextInArray() else { return nil }
        case .lines: guard try nextLine() else { return nil }
        }
        return members
    }

    private mutating func nextInArray() throws -> Bool {
        guard var b = try parser.skipSpace() else { throw parser.endOfFile("the top-level array") }
        if b == UInt8(ascii: "]") {
            parser.input.advance()
            finished = true
            if let extra = try parser.skipSpace() {
                throw parser.failure("expected nothing after the top-level array, found \(JSONParser.describe(extra))")
            }
            return false
        }
        if started {
            guard b == UInt8(ascii: ",") else { throw parser.failure("expected `,` or `]` after a record") }
            parser.input.advance()
            guard let following = try parser.skipSpace() else { throw parser.endOfFile("the top-level array") }
            b = following
        }
        started = true
        guard b == UInt8(ascii: "{") else {
            throw parser.failure(
                .notRecords, "expected an object (a record) in the top-level array, found \(JSONParser.describe(b))")
        }
        line = parser.input.line
        try parser.parseObject(depth: 2, into: &members)
        return true
    }

    private mutating func nextLine() throws -> Bool {
        guard let b = try parser.skipSpace() else {
            finished = true
            return false
        }
        guard b == UInt8(ascii: "{") else {
            throw parser.failure(
                .notRecords, "expected an object at the start of a line (NDJSON), found \(JSONParser.describe(b))")
        }
        line = parser.input.line
        try parser.parseObject(depth: 1, into: &members)
        while let c = try parser.input.peek(), c == 0x20 || c == 0x09 || c == 0x0D { parser.input.advance() }
        if let c = try parser.input.peek(), c != 0x0A {
            throw parser.failure("expected one object per line, found \(JSONParser.describe(c)) after the object")
        }
        return true
    }
}
