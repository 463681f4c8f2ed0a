/// How a delimited text file is written: its field delimiter and its encoding.
struct CSVDialect: Sendable, Equatable {
    /// The candidate delimiters, in the order that breaks ties.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]

    var delimiter: UInt8
    var encoding: TextEncoding

    /// The delimiter that splits the first lines of `head` most consistently.
    ///
    /// For each candidate, count its occurrences outside quotes on each of the first 30 lines.
    /// A candidate that appears the same non-zero number of times on every line wins (the most
    /// occurrences first, then the order `,` `;` tab `|`). If none is consistent, the one that
    /// appears most often on the first line wins; a file with none of them is one column (`,`).
    static func sniffDelimiter(_ head: [UInt8], truncated: Bool) -> UInt8 {
        var lines = splitLines(head)
        if truncated, lines.count > 1 { lines.removeLast() }
        lines = Array(lines.prefix(30))
        guard let first = lines.first else { return candidates[0] }
        var best: (delimiter: UInt8, count: Int)?
        for c in candidates {
            let counts = lines.map { count(c, in: $0) }
            guard let n = counts.first, n > 0, counts.allSatisfy({ $0 == n }) else { continue }
            if n > (best?.count ?? 0) { best = (c, n) }
        }
        if let best { return best.delimiter }
        let firstCounts = candidates.map { count($0, in: first) }
        guard let top = firstCounts.max(), top > 0, let i = firstCounts.firstIndex(of: top) else {
            return candidates[0]
        }
        return candidates[i]
    }

    /// The logical lines of `head` (line ends inside quotes do not split).
    private static func splitLines(_ head: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var inQuotes = false, lineStart = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = lineStart
        while i < head.count {
            let b = head[i]
            if b == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes, b == 0x0A || b == 0x0D {
                if i > lineStart { lines.append(head[lineStart..<i]) }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < head.count { lines.append(head[lineStart..<head.count]) }
        return lines
    }

    private static func count(_ c: UInt8, in line: ArraySlice<UInt8>) -> Int {
        var n = 0, inQuotes = false
        for b in line {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() } else if b == c, !inQuotes { n += 1 }
        }
        return n
    }
}
