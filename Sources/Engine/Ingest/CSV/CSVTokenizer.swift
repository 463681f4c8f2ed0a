import Foundation

/// Splits a delimited text file into records and fields (RFC 4180), reading it in 1 MiB chunks.
///
/// Fields are byte ranges into the tokenizer's buffer, valid until the next `nextRecord()`; no
/// `String` is made. Quoted fields may span lines and contain doubled quotes (unescaped in
/// place); bytes after a closing quote are kept literally (`"ab"c` → `abc`). Records end at LF,
/// CRLF or CR. Blank lines are skipped. An unterminated quote is an `IngestError` pointing at it.
final class CSVTokenizer {
    static let chunkSize = 1 << 20

    let file: ChunkedFile
    let delimiter: UInt8
    /// A longer record is an error (often a quote left open), so the buffer stops growing there.
    let maxRecordBytes: Int
    /// A longer field is an error at its line and column.
    let maxFieldBytes: Int
    /// A record with more fields is an error at the first field past the cap.
    let maxFields: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var eof = false
    private var atFileStart = true
    private var nextLine = 1
    /// The 1-based line where the record last returned starts.
    private(set) var line = 0
    /// Field `i` of the current record is `buffer[bounds[2i] ..< bounds[2i + 1]]`.
    private var bounds: UnsafeMutablePointer<Int>
    private var boundsCapacity = 64
    private var count = 0
    /// Indexes of the quoted fields of the current record (they need unescaping).
    private var quotedFields: [Int] = []

    init(
        file: ChunkedFile, delimiter: UInt8, chunkSize: Int = CSVTokenizer.chunkSize,
        limits: IngestLimits = IngestLimits()
    ) {
        self.file = file
        self.delimiter = delimiter
        maxRecordBytes = limits.maxRecordBytes
        maxFieldBytes = limits.maxFieldBytes
        maxFields = limits.maxColumns
        capacity = max(min(chunkSize, limits.maxRecordBytes), 16)
        buffer = .allocate(capacity: capacity)
        bounds = .allocate(capacity: boundsCapacity * 2)
    }

    deinit {
        buffer.deallocate()
        bounds.deallocate()
    }

    /// The number of fields in the current record.
    var fieldCount: Int { count }

    /// The bytes of field `i` of the current record (quotes removed); `i < fieldCount`.
    @inline(__always)
    func field(_ i: Int) -> UnsafeRawBufferPointer {
        let start = bounds[2 &* i]
        return UnsafeRawBufferPointer(start: buffer + start, count: bounds[2 &* i &+ 1] &- start)
    }

    /// Moves to the next record; `false` at the end of the file.
    func nextRecord() throws -> Bool {
        while true {
            switch try scan() {
            case .record:
                if count == 1, bounds[0] == bounds[1], quotedFields.isEmpty { continue }
                for i in quotedFields { unescape(i) }
                return true
            case .needMore: try refill()
            case .endOfFile: return false
            }
        }
    }

    private enum ScanResult { case record, needMore, endOfFile }

    private func scan() throws -> ScanResult {
        let end = self.end
        if start == end { return eof ? .endOfFile : .needMore }
        count = 0
        quotedFields.removeAll(keepingCapacity: true)
        let p = buffer, d = delimiter, quote = UInt8(ascii: "\""), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        let eof = self.eof
        var pos = start
        var newlines = 0
        var n = 0
        var bounds = self.bounds
        defer { count = n }
        while true {
            let fieldStart = pos
            let fieldLine = nextLine &+ newlines
            if pos < end && p[pos] == quote {
                let quoteLine = nextLine + newlines
                pos += 1
                while true {
                    while pos < end, p[pos] != quote {
                        let b = p[pos]
                        if b == lf || (b == cr && !(pos + 1 < end && p[pos + 1] == lf)) { newlines += 1 }
                        pos += 1
                    }
                    if pos == end {
                        if eof { throw unterminatedQuote(at: fieldStart, line: quoteLine) }
                        return .needMore
                    }
                    if pos + 1 == end && !eof { return .needMore }
                    if pos + 1 < end && p[pos + 1] == quote {
                        pos += 2
                        continue
                    }
                    pos += 1
                    break
                }
                quotedFields.append(n)
            }
            while pos < end {
                let b = p[pos]
                if b == d || b == lf || b == cr { break }
                pos &+= 1
            }
            if pos &- fieldStart > maxFieldBytes {
                throw tooLong(field: n, at: fieldStart, line: fieldLine)
            }
            if n == maxFields {
                throw IngestError(
                    path: file.path, line: fieldLine, column: column(of: fieldStart),
                    message: "a record has more than \(maxFields) fields")
            }
            if n == boundsCapacity {
                let bigger = UnsafeMutablePointer<Int>.allocate(capacity: boundsCapacity * 4)
                bigger.update(from: bounds, count: boundsCapacity * 2)
                self.bounds.deallocate()
                self.bounds = bigger
                bounds = bigger
                boundsCapacity *= 2
            }
            bounds[2 &* n] = fieldStart
            bounds[2 &* n &+ 1] = pos
            n &+= 1
            if pos == end {
                if !eof { return .needMore }
                return finish(at: pos, newlines: newlines)
            }
            let b = p[pos]
            if b == d {
                pos &+= 1
                continue
            }
            if b == cr {
                if pos + 1 == end && !eof { return .needMore }
                pos += pos + 1 < end && p[pos + 1] == lf ? 2 : 1
            } else {
                pos &+= 1
            }
            return finish(at: pos, newlines: newlines + 1)
        }
    }

    private func finish(at pos: Int, newlines: Int) -> ScanResult {
        line = nextLine
        nextLine += newlines
        start = pos
        return .record
    }

    private func refill() throws {
        if start > 0 {
            memmove(buffer, buffer + start, end - start)
            end -= start
            start = 0
        }
        if end == capacity {
            guard capacity < maxRecordBytes else {
                throw IngestError(
                    path: file.path, line: nextLine, column: 1,
                    message:
                        "a record is longer than \(IngestLimits.describe(bytes: maxRecordBytes)); is a quote left open?"
                )
            }
            let grown = min(capacity * 2, maxRecordBytes)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity = grown
        }
        let want = capacity - end
        let n = try file.fill(UnsafeMutableRawBufferPointer(start: buffer + end, count: want))
        end += n
        if n < want { eof = true }
        if atFileStart {
            atFileStart = false
            if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        }
    }

    private func unescape(_ i: Int) {
        let p = buffer, quote = UInt8(ascii: "\""), e = bounds[2 * i + 1]
        var r = bounds[2 * i] + 1, w = bounds[2 * i]
        while r < e {
            let b = p[r]
            if b == quote {
                if r + 1 < e && p[r + 1] == quote {
                    p[w] = quote
                    w += 1
                    r += 2
                    continue
                }
                r += 1
                while r < e {
                    p[w] = p[r]
                    w += 1
                    r += 1
                }
                break
            }
            p[w] = b
            w += 1
            r += 1
        }
        bounds[2 * i + 1] = w
    }

    private func unterminatedQuote(at quotePos: Int, line: Int) -> IngestError {
        IngestError(
            path: file.path, line: line, column: column(of: quotePos),
            message: "a quoted field starts here but its closing quote is missing")
    }

    private func tooLong(field n: Int, at fieldStart: Int, line: Int) -> IngestError {
        IngestError(
            path: file.path, line: line, column: column(of: fieldStart),
            message: "field \(n + 1) is longer than \(IngestLimits.describe(bytes: maxFieldBytes))")
    }

    /// The 1-based column (in characters) of buffer position `pos` within its line.
    private func column(of pos: Int) -> Int {
        var lineStart = pos
        while lineStart > start, buffer[lineStart - 1] != 0x0A, buffer[lineStart - 1] != 0x0D { lineStart -= 1 }
        var column = 1
        for j in lineStart..<pos where buffer[j] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
