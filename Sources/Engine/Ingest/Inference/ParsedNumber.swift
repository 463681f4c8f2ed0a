/// A number read from text: an integer when it has no fraction or exponent and fits `Int64`.
enum ParsedNumber: Equatable {
    case integer(Int64)
    case decimal(Double)

    /// Parses trimmed, non-empty `p` in `style`; `nil` when it is not a number in that style.
    static func parse(_ p: UnsafeRawBufferPointer, style: NumberStyle) -> ParsedNumber? {
        let n = p.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        let group = style.groupSeparator, point = style.decimalSeparator
        var mantissa: UInt64 = 0
        var digits = 0, intDigits = 0, groupLength = 0, sawGroup = false
        let intStart = i
        while i < n {
            let b = p[i]
            if b &- 48 < 10 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b &- 48) }
                digits += 1
                intDigits += 1
                groupLength += 1
            } else if let group, b == group {
                guard sawGroup ? groupLength == 3 : (1...3).contains(groupLength) else { return nil }
                sawGroup = true
                groupLength = 0
            } else {
                break
            }
            i += 1
        }
        if sawGroup, groupLength != 3 { return nil }
        if intDigits > 1, p[intStart] == UInt8(ascii: "0") { return nil }
        var fractionDigits = 0, isDecimal = false
        if i < n, p[i] == point {
            isDecimal = true
            i += 1
            while i < n, p[i] &- 48 < 10 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(p[i] &- 48) }
                digits += 1
                fractionDigits += 1
                i += 1
            }
        }
        guard intDigits + fractionDigits > 0 else { return nil }
        var exponent = 0
        if style == .plain, i < n, p[i] | 0x20 == UInt8(ascii: "e") {
            isDecimal = true
            i += 1
            var negativeExponent = false
            if i < n, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
                negativeExponent = p[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            while i < n, p[i] &- 48 < 10 {
                if exponent < 10_000 { exponent = exponent * 10 + Int(p[i] &- 48) }
                i += 1
            }
            guard i > expStart else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard i == n else { return nil }
        if digits <= 18 {
            if !isDecimal { return .integer(negative ? -Int64(mantissa) : Int64(mantissa)) }
            let e10 = exponent - fractionDigits
            if mantissa < 1 << 53, abs(e10) <= 22 {
                let m = Double(mantissa)
                let v = e10 < 0 ? m / powersOfTen[-e10] : m * powersOfTen[e10]
                return .decimal(negative ? -v : v)
            }
        }
        return slowPath(p, style: style, isDecimal: isDecimal)
    }

    /// Long numbers: rebuilt as plain ASCII and handed to `Int64(_:)` / `strtod`.
    private static func slowPath(_ p: UnsafeRawBufferPointer, style: NumberStyle, isDecimal: Bool) -> ParsedNumber? {
        var text = ""
        for b in p where b != style.groupSeparator {
            text.append(Character(Unicode.Scalar(b == style.decimalSeparator ? UInt8(ascii: ".") : b)))
        }
        if !isDecimal, let v = Int64(text) { return .integer(v) }
        guard let d = Double(text), d.isFinite else { return nil }
        return .decimal(d)
    }

    /// 10^0 … 10^22, all exact in a `Double`.
    private static let powersOfTen: [Double] = {
        var out: [Double] = [1]
        for _ in 1...22 { out.append(out[out.count - 1] * 10) }
        return out
    }()

    /// The value as a `Double`.
    var double: Double {
        switch self {
        case .integer(let v): return Double(v)
        case .decimal(let v): return v
        }
    }
}
