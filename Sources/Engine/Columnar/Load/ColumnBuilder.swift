/// Collects one column's values of one chunk of a CSV file, converted exactly as the SQLite
/// ingest converts them (`RowInserter.bind(bytes:as:…)`): trimmed, NULL markers, numbers in the
/// column's style, booleans as 0/1, dates as ISO text; text dictionary-encoded.
struct ColumnBuilder {
    let plan: ColumnPlan
    let encoding: TextEncoding
    var integers: [Int64] = []
    var reals: [Double] = []
    var nulls: [Bool] = []
    var anyNull = false
    var codes: [Int32] = []
    var interner = TextInterner()
    private var scratch: [UInt8] = []

    init(plan: ColumnPlan, encoding: TextEncoding, capacity: Int) {
        self.plan = plan
        self.encoding = encoding
        switch plan {
        case .integer, .boolean:
            integers.reserveCapacity(capacity)
            nulls.reserveCapacity(capacity)
        case .decimal:
            reals.reserveCapacity(capacity)
            nulls.reserveCapacity(capacity)
        case .date, .datetime, .string: codes.reserveCapacity(capacity)
        }
    }

    /// Appends a NULL (an empty field or a field a short record does not have).
    mutating func appendNull() {
        anyNull = true
        switch plan {
        case .integer, .boolean:
            integers.append(0)
            nulls.append(true)
        case .decimal:
            reals.append(0)
            nulls.append(true)
        case .date, .datetime, .string: codes.append(-1)
        }
    }

    /// Converts and appends `raw`; `false` when it does not fit the plan. `plain` is `raw` already
    /// read as a plain-style number, when it was.
    mutating func append(_ raw: UnsafeRawBufferPointer, plain: ParsedNumber? = nil) -> Bool {
        let p = ColumnInference.trim(raw)
        if p.isEmpty {
            appendNull()
            return true
        }
        if case .string = plan {
            if encoding == .windows1252 {
                scratch.removeAll(keepingCapacity: true)
                TextEncoding.transcode1252(raw, into: &scratch)
                let code = scratch.withUnsafeBytes { interner.code($0) }
                codes.append(code)
            } else {
                codes.append(interner.code(raw))
            }
            return true
        }
        if NullMarker.matches(p) {
            appendNull()
            return true
        }
        switch plan {
        case .integer(let style):
            let parsed = style == .plain && plain != nil ? plain : ParsedNumber.parse(p, style: style)
            guard case .integer(let v)? = parsed else { return false }
            integers.append(v)
            nulls.append(false)
        case .decimal(let style):
            guard let v = style == .plain && plain != nil ? plain : ParsedNumber.parse(p, style: style) else {
                return false
            }
            reals.append(v.double)
            nulls.append(false)
        case .boolean:
            guard let b = BooleanWord.parse(p) else { return false }
            integers.append(b ? 1 : 0)
            nulls.append(false)
        case .date(let format):
            if format == .iso, p.count == 10 {
                codes.append(interner.code(p))
                return true
            }
            guard let v = DateParser.parse(p, as: format), !v.hasTime else { return false }
            internScratch(v, withTime: false)
        case .datetime(let format):
            guard let v = DateParser.parse(p, as: format) else { return false }
            internScratch(v, withTime: true)
        case .string:
            return false
        }
        return true
    }

    private mutating func internScratch(_ v: DateTimeValue, withTime: Bool) {
        scratch.removeAll(keepingCapacity: true)
        v.write(withTime: withTime, to: &scratch)
        let code = scratch.withUnsafeBytes { interner.code($0) }
        codes.append(code)
    }
}
