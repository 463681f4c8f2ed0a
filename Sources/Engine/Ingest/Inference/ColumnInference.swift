/// Watches every value of one column and decides its type and nullability.
///
/// Candidates start open (numbers in each `NumberStyle`, booleans, dates in each `DateFormat`)
/// and each non-null value closes the ones it does not fit; what survives decides the type, in
/// the order integer → decimal → boolean → date/datetime → string. Empty values are NULL; null
/// markers (`NullMarker`) are NULL unless the column ends up a string. A column of dates where
/// some values also have a time is a datetime column (the others at midnight). A column with no
/// values at all is a nullable string column.
struct ColumnInference {
    private(set) var nonNullCount = 0
    private(set) var sawEmpty = false
    private(set) var sawMarker = false
    private var numberStyles: UInt8 = 0b111
    /// Per style: whether every value so far was a whole number that fits `Int64`.
    private var wholeNumbers: UInt8 = 0b111
    private var booleans = true
    private var dateFormats: UInt16 = DateFormat.all
    private var sawTime = false
    /// The last value observed read as a plain-style number, when `observe` parsed it that way
    /// (the columnar loader converts it without parsing it again).
    private(set) var lastPlain: ParsedNumber?

    /// Whether no typed candidate is left (every later value is just text).
    var isString: Bool { numberStyles == 0 && !booleans && dateFormats == 0 }

    /// Notes one text value.
    mutating func observe(_ raw: UnsafeRawBufferPointer) {
        lastPlain = nil
        let p = Self.trim(raw)
        if p.isEmpty {
            sawEmpty = true
            return
        }
        if isString { return }
        if NullMarker.matches(p) {
            sawMarker = true
            return
        }
        nonNullCount += 1
        if numberStyles != 0 { observeNumber(p) }
        if booleans, BooleanWord.parse(p) == nil { booleans = false }
        if dateFormats != 0 { observeDate(p) }
    }

    private mutating func observeNumber(_ p: UnsafeRawBufferPointer) {
        let first = p[0]
        guard first &- 48 < 10 || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        else {
            numberStyles = 0
            return
        }
        var hasComma = false, hasDot = false, hasExponent = false
        for b in p {
            switch b {
            case UInt8(ascii: ","): hasComma = true
            case UInt8(ascii: "."): hasDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): hasExponent = true
            default: break
            }
        }
        // Styles that read a value the same way share one parse: without commas or exponents
        // comma-grouping is plain; without dots as well, so is dot-grouping.
        var same = NumberStyle.plain.bit
        if !hasComma && !hasExponent { same |= NumberStyle.commaGrouped.bit }
        if !hasComma && !hasDot && !hasExponent { same |= NumberStyle.dotGroupedDecimalComma.bit }
        if numberStyles & same != 0 {
            lastPlain = ParsedNumber.parse(p, style: .plain)
            note(lastPlain, styles: numberStyles & same)
        }
        let rest = numberStyles & ~same
        if rest & NumberStyle.commaGrouped.bit != 0 {
            note(ParsedNumber.parse(p, style: .commaGrouped), styles: NumberStyle.commaGrouped.bit)
        }
        if rest & NumberStyle.dotGroupedDecimalComma.bit != 0 {
            note(ParsedNumber.parse(p, style: .dotGroupedDecimalComma), styles: NumberStyle.dotGroupedDecimalComma.bit)
        }
    }

    private mutating func note(_ number: ParsedNumber?, styles: UInt8) {
        switch number {
        case nil: numberStyles &= ~styles
        case .decimal?: wholeNumbers &= ~styles
        case .integer?: break
        }
    }

    private mutating func observeDate(_ p: UnsafeRawBufferPointer) {
        var open = dateFormats
        while open != 0 {
            let bit = open & (~open &+ 1)
            open &= ~bit
            guard let format = DateFormat(rawValue: bit.trailingZeroBitCount) else { continue }
            if let value = DateParser.parse(p, as: format) {
                if value.hasTime { sawTime = true }
            } else {
                dateFormats &= ~bit
            }
        }
    }

    /// Notes one field from a typed source (JSON, XLSX).
    mutating func observe(_ field: Field) {
        switch field {
        case .missing: sawEmpty = true
        case .text(let s):
            var s = s
            s.withUTF8 { observe(UnsafeRawBufferPointer($0)) }
        case .integer: restrictToNumbers(whole: true)
        case .number(let d): restrictToNumbers(whole: d.rounded() == d && abs(d) < 9.0e15)
        case .boolean: restrict(booleans: true)
        case .date(let s), .datetime(let s):
            var s = s
            s.withUTF8 { observeTypedDate(UnsafeRawBufferPointer($0)) }
        }
    }

    private mutating func restrictToNumbers(whole: Bool) {
        nonNullCount += 1
        if !whole { wholeNumbers = 0 }
        numberStyles &= NumberStyle.plain.bit
        booleans = false
        dateFormats = 0
    }

    private mutating func restrict(booleans keep: Bool) {
        nonNullCount += 1
        numberStyles = 0
        dateFormats = 0
        booleans = booleans && keep
    }

    private mutating func observeTypedDate(_ p: UnsafeRawBufferPointer) {
        nonNullCount += 1
        numberStyles = 0
        booleans = false
        dateFormats &= DateFormat.iso.bit
        if let value = DateParser.parse(p, as: .iso) {
            if value.hasTime { sawTime = true }
        } else {
            dateFormats = 0
        }
    }

    /// Folds in what `other` observed of another part of the same column (parallel surveys).
    mutating func merge(_ other: ColumnInference) {
        nonNullCount += other.nonNullCount
        sawEmpty = sawEmpty || other.sawEmpty
        sawMarker = sawMarker || other.sawMarker
        numberStyles &= other.numberStyles
        wholeNumbers &= other.wholeNumbers
        booleans = booleans && other.booleans
        dateFormats &= other.dateFormats
        sawTime = sawTime || other.sawTime
    }

    /// Notes that a short record had no value for this column.
    mutating func observeAbsent() { sawEmpty = true }

    /// The type decided from everything observed; `delimiter` breaks ties between number styles.
    func plan(delimiter: UInt8 = UInt8(ascii: ",")) -> ColumnPlan {
        guard nonNullCount > 0 else { return .string }
        for style in NumberStyle.preference(delimiter: delimiter) where numberStyles & style.bit != 0 {
            return wholeNumbers & style.bit != 0 ? .integer(style) : .decimal(style)
        }
        if booleans { return .boolean }
        for format in DateFormat.allCases where dateFormats & format.bit != 0 {
            return sawTime ? .datetime(format) : .date(format)
        }
        return .string
    }

    /// Whether the column will hold a NULL, given its plan.
    func isNullable(as plan: ColumnPlan) -> Bool { sawEmpty || (plan != .string && sawMarker) }

    /// `p` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trim(_ p: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lo = 0, hi = p.count
        while lo < hi, p[lo] == 0x20 || p[lo] == 0x09 { lo += 1 }
        while hi > lo, p[hi - 1] == 0x20 || p[hi - 1] == 0x09 { hi -= 1 }
        if lo == 0, hi == p.count { return p }
        return UnsafeRawBufferPointer(rebasing: p[lo..<hi])
    }
}
