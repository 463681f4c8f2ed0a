extension ByteInput {
    /// Where and why `bytes` is not a JSON number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`).
    static func numberProblem(_ bytes: [UInt8]) -> (offset: Int, message: String)? {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count && bytes[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            return i - start
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        guard digits() > 0 else { return (intStart, "expected a digit") }
        if bytes[intStart] == UInt8(ascii: "0") && i - intStart > 1 {
            return (intStart + 1, "a number may not have a leading zero")
        }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return (i, "expected a digit after the decimal point") }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { return (i, "expected a digit in the exponent") }
        }
        guard i == bytes.count else {
            return (i, "unexpected `\(Character(Unicode.Scalar(bytes[i])))` in a number")
        }
        return nil
    }
}
