import Foundation

/// SQLite's ordering of values (`sqlite3MemCompare`): NULL < numbers < text < blobs; numbers by
/// value (integers and reals compared exactly); text bytewise (BINARY collation).
enum ValueOrder {
    /// -1, 0 or 1.
    static func compare(_ a: SQLValue, _ b: SQLValue) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.integer(let x), .integer(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.real(let x), .real(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.integer(let x), .real(let y)): return intFloat(x, y)
        case (.real(let x), .integer(let y)): return -intFloat(y, x)
        case (.integer, _), (.real, _): return -1
        case (_, .integer), (_, .real): return 1
        case (.text(let x), .text(let y)): return bytes(x, y)
        case (.text, .blob): return -1
        case (.blob, .text): return 1
        case (.blob(let x), .blob(let y)): return x.lexicographicallyPrecedes(y) ? -1 : (x == y ? 0 : 1)
        }
    }

    /// Text compared byte by byte.
    static func bytes(_ x: String, _ y: String) -> Int {
        var x = x, y = y
        return x.withUTF8 { a in
            y.withUTF8 { b in
                let n = min(a.count, b.count)
                if n > 0 {
                    let c = memcmp(a.baseAddress!, b.baseAddress!, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
            }
        }
    }

    /// An integer against a real, exactly (`sqlite3IntFloatCompare`).
    static func intFloat(_ i: Int64, _ r: Double) -> Int {
        if r.isNaN { return 1 }
        if r < -9223372036854775808.0 { return 1 }
        if r >= 9223372036854775808.0 { return -1 }
        let y = Int64(r)
        if i < y { return -1 }
        if i > y { return 1 }
        let s = Double(i)
        return s < r ? -1 : (s > r ? 1 : 0)
    }
}
