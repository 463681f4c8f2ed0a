/// The scalar functions, as SQLite's built-ins compute them (ASCII-only case mapping).
enum ScalarFunctions {
    static func call(_ f: ScalarFunction, _ a: [SQLValue]) throws -> SQLValue {
        switch f {
        case .coalesce, .ifnull: return a.first { !$0.isNull } ?? .null
        case .typeof:
            switch a[0] {
            case .null: return "null"
            case .integer: return "integer"
            case .real: return "real"
            case .text: return "text"
            case .blob: return "blob"
            }
        case .substr: return try substr(a)
        case .lower, .upper:
            guard let s = try ValueOps.text(a[0]) else { return .null }
            let mapped = s.utf8.map { c -> UInt8 in
                if f == .lower { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
                return c >= 0x61 && c <= 0x7A ? c - 32 : c
            }
            return .text(String(decoding: mapped, as: UTF8.self))
        case .length:
            guard let s = try ValueOps.text(a[0]) else { return .null }
            return .integer(Int64(s.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }))
        case .trim:
            guard let s = try ValueOps.text(a[0]) else { return .null }
            let b = Array(s.utf8)
            var i = 0, j = b.count
            while i < j, b[i] == 0x20 { i += 1 }
            while j > i, b[j - 1] == 0x20 { j -= 1 }
            return .text(String(decoding: b[i..<j], as: UTF8.self))
        case .abs:
            switch a[0] {
            case .null: return .null
            case .integer(let i):
                guard i != Int64.min else { throw ColumnarError.unsupported("abs() overflow") }
                return .integer(Swift.abs(i))
            case .real(let d): return .real(Swift.abs(d))
            case .text(let s):
                let d = NumericText.parse(s)?.double ?? NumericText.prefixDouble(s)
                return .real(Swift.abs(d))
            case .blob: throw ColumnarError.unsupported("blobs")
            }
        case .round:
            if a.count == 2 {
                if a[1].isNull { return .null }
                guard integer(a[1]) <= 0 else { throw ColumnarError.unsupported("round() to decimal places") }
            }
            let r: Double
            switch a[0] {
            case .null: return .null
            case .integer(let i): r = Double(i)
            case .real(let d): r = d
            case .text(let s): r = NumericText.parse(s)?.double ?? NumericText.prefixDouble(s)
            case .blob: throw ColumnarError.unsupported("blobs")
            }
            if r < -4503599627370496.0 || r > 4503599627370496.0 { return .real(r) }
            return .real(Double(Int64(r + (r < 0 ? -0.5 : 0.5))))
        }
    }

    /// `sqlite3_value_int` of an argument (32-bit, truncated).
    static func integer(_ v: SQLValue) -> Int {
        let i: Int64
        switch v {
        case .integer(let x): i = x
        case .real(let d): i = ValueOps.toInt(d)
        case .text(let s):
            i = NumericText.parse(s).map { $0.int ?? ValueOps.toInt($0.double ?? 0) } ?? NumericText.prefixInteger(s)
        default: i = 0
        }
        return Int(Int32(truncatingIfNeeded: i))
    }

    /// `substr(X, Y[, Z])` over characters, with SQLite's rules for zero and negative positions.
    private static func substr(_ a: [SQLValue]) throws -> SQLValue {
        if a.contains(where: \.isNull) { return .null }
        guard let s = try ValueOps.text(a[0]) else { return .null }
        var p1 = integer(a[1])
        var p2 = a.count == 3 ? integer(a[2]) : Int(Int32.max)
        var negP2 = false
        if p2 < 0 {
            p2 = -p2
            negP2 = true
        }
        let b = Array(s.utf8)
        if p1 < 0 {
            let len = b.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            p1 += len
            if p1 < 0 {
                p2 += p1
                if p2 < 0 { p2 = 0 }
                p1 = 0
            }
        } else if p1 > 0 {
            p1 -= 1
        } else if p2 > 0 {
            p2 -= 1
        }
        if negP2 {
            p1 -= p2
            if p1 < 0 {
                p2 += p1
                p1 = 0
            }
        }
        var i = 0
        func skip() {
            i += 1
            while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
        }
        while i < b.count, p1 > 0 {
            skip()
            p1 -= 1
        }
        let start = i
        while i < b.count, p2 > 0 {
            skip()
            p2 -= 1
        }
        if start == 0, i == b.count { return .text(s) }
        return .text(String(decoding: b[start..<i], as: UTF8.self))
    }
}
