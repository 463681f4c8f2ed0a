import CSQLite

private let SQLITE_STATIC: sqlite3_destructor_type? = nil

/// Binds converted values into the loader's one prepared `INSERT` and runs it once per row.
final class RowInserter {
    private let statement: Statement
    private let handle: OpaquePointer
    private let encoding: TextEncoding
    private var scratch: [UInt8] = []

    init(statement: Statement, encoding: TextEncoding) {
        self.statement = statement
        self.handle = statement.handle
        self.encoding = encoding
        scratch.reserveCapacity(256)
    }

    /// Binds NULL to parameter `index`.
    @inline(__always)
    func bindNull(at index: Int32) { sqlite3_bind_null(handle, index) }

    /// Converts text `raw` as `plan` and binds it; `false` when it does not parse.
    ///
    /// `stable` promises that `raw` stays valid until `insert()` (then SQLite need not copy it).
    func bind(bytes raw: UnsafeRawBufferPointer, as plan: ColumnPlan, at index: Int32, stable: Bool) -> Bool {
        let p = ColumnInference.trim(raw)
        if p.isEmpty {
            sqlite3_bind_null(handle, index)
            return true
        }
        if case .string = plan {
            if encoding == .windows1252 {
                scratch.removeAll(keepingCapacity: true)
                TextEncoding.transcode1252(raw, into: &scratch)
                bindScratch(index)
            } else {
                sqlite3_bind_text(
                    handle, index, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                    stable ? SQLITE_STATIC : SQLITE_TRANSIENT)
            }
            return true
        }
        if NullMarker.matches(p) {
            sqlite3_bind_null(handle, index)
            return true
        }
        switch plan {
        case .integer(let style):
            guard case .integer(let v)? = ParsedNumber.parse(p, style: style) else { return false }
            sqlite3_bind_int64(handle, index, v)
        case .decimal(let style):
            guard let v = ParsedNumber.parse(p, style: style) else { return false }
            sqlite3_bind_double(handle, index, v.double)
        case .boolean:
            guard let b = BooleanWord.parse(p) else { return false }
            sqlite3_bind_int64(handle, index, b ? 1 : 0)
        case .date(let format):
            if format == .iso, p.count == 10 {
                sqlite3_bind_text(
                    handle, index, p.baseAddress?.assumingMemoryBound(to: CChar.self), 10,
                    stable ? SQLITE_STATIC : SQLITE_TRANSIENT)
                return true
            }
            guard let v = DateParser.parse(p, as: format), !v.hasTime else { return false }
            scratch.removeAll(keepingCapacity: true)
            v.write(withTime: false, to: &scratch)
            bindScratch(index)
        case .datetime(let format):
            guard let v = DateParser.parse(p, as: format) else { return false }
            scratch.removeAll(keepingCapacity: true)
            v.write(withTime: true, to: &scratch)
            bindScratch(index)
        case .string:
            return false
        }
        return true
    }

    /// Converts a typed `field` as `plan` and binds it; `false` when it does not fit.
    func bind(field: Field, as plan: ColumnPlan, at index: Int32) -> Bool {
        switch field {
        case .missing:
            sqlite3_bind_null(handle, index)
            return true
        case .text(let s), .date(let s), .datetime(let s):
            var s = s
            return s.withUTF8 { bind(bytes: UnsafeRawBufferPointer($0), as: plan, at: index, stable: false) }
        case .integer(let v):
            switch plan {
            case .integer: sqlite3_bind_int64(handle, index, v)
            case .decimal: sqlite3_bind_double(handle, index, Double(v))
            case .string: bindText(String(v), at: index)
            default: return false
            }
        case .number(let d):
            switch plan {
            case .integer:
                guard d.rounded() == d, abs(d) < 9.0e15 else { return false }
                sqlite3_bind_int64(handle, index, Int64(d))
            case .decimal: sqlite3_bind_double(handle, index, d)
            case .string: bindText(SQLValue.format(d), at: index)
            default: return false
            }
        case .boolean(let b):
            switch plan {
            case .boolean: sqlite3_bind_int64(handle, index, b ? 1 : 0)
            case .string: bindText(b ? "true" : "false", at: index)
            default: return false
            }
        }
        return true
    }

    /// Inserts the bound row.
    func insert() throws {
        try statement.step()
        sqlite3_reset(handle)
    }

    private func bindScratch(_ index: Int32) {
        scratch.withUnsafeBytes {
            _ = sqlite3_bind_text(
                handle, index, $0.baseAddress?.assumingMemoryBound(to: CChar.self), Int32($0.count), SQLITE_TRANSIENT)
        }
    }

    private func bindText(_ s: String, at index: Int32) {
        sqlite3_bind_text(handle, index, s, -1, SQLITE_TRANSIENT)
    }
}
