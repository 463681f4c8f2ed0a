/// SQL `LIKE` without ESCAPE: `%` any run, `_` one character, ASCII letters case-insensitive.
enum LikePattern {
    static func matches(_ s: [UInt8], pattern p: [UInt8]) -> Bool { match(s, 0, p, 0) }

    private static func match(_ s: [UInt8], _ si: Int, _ p: [UInt8], _ pi: Int) -> Bool {
        var si = si, pi = pi
        while pi < p.count {
            let c = p[pi]
            if c == UInt8(ascii: "%") {
                while pi < p.count, p[pi] == UInt8(ascii: "%") || p[pi] == UInt8(ascii: "_") {
                    if p[pi] == UInt8(ascii: "_") {
                        guard si < s.count else { return false }
                        si = next(s, si)
                    }
                    pi += 1
                }
                if pi == p.count { return true }
                var k = si
                while k <= s.count {
                    if match(s, k, p, pi) { return true }
                    if k == s.count { break }
                    k = next(s, k)
                }
                return false
            }
            guard si < s.count else { return false }
            if c == UInt8(ascii: "_") {
                si = next(s, si)
                pi = next(p, pi)
                continue
            }
            let pe = next(p, pi), se = next(s, si)
            guard pe - pi == se - si else { return false }
            for k in 0..<(pe - pi) where fold(p[pi + k]) != fold(s[si + k]) { return false }
            si = se
            pi = pe
        }
        return si == s.count
    }

    private static func next(_ b: [UInt8], _ i: Int) -> Int {
        var j = i + 1
        while j < b.count, b[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    private static func fold(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
}
