import Foundation

/// Gives each distinct byte string a dense code (0, 1, 2 … in first-seen order) without making
/// a `String` per value: an open-addressing hash table over a byte arena. Values of up to 16
/// bytes are compared as two words, longer ones with `memcmp`.
struct TextInterner {
    private var arena: [UInt8] = []
    /// Entry `k` is `arena[starts[k] ..< starts[k + 1]]`.
    private var starts: [Int] = [0]
    /// Per entry: its hash, and its first 16 bytes as two zero-padded words.
    private var entries: [(hash: UInt64, head: UInt64, tail: UInt64)] = []
    /// Hash slots holding a code, or -1 when empty.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    /// The number of distinct values.
    var count: Int { entries.count }

    /// The code of `bytes`, adding it when new.
    mutating func code(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let n = bytes.count
        let head = Self.word(bytes, 0), tail = Self.word(bytes, 8)
        let h = Self.hash(bytes, head: head, tail: tail)
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count - 1
                var i = Int(truncatingIfNeeded: h) & mask
                while true {
                    let c = slots[i]
                    if c < 0 { return nil }
                    let e = entries[Int(c)]
                    if e.hash == h, e.head == head, e.tail == tail, n <= 16 || equals(Int(c), bytes) {
                        if n <= 16, starts[Int(c) + 1] - starts[Int(c)] != n {
                            i = (i + 1) & mask
                            continue
                        }
                        return c
                    }
                    i = (i + 1) & mask
                }
            }
        }
        if let found { return found }
        let code = Int32(entries.count)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = code
        entries.append((h, head, tail))
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        if entries.count * 2 > slots.count { grow() }
        return code
    }

    /// The values in code order.
    func strings() -> [String] {
        arena.withUnsafeBytes { all in
            (0..<count).map { k in
                String(decoding: UnsafeRawBufferPointer(rebasing: all[starts[k]..<starts[k + 1]]), as: UTF8.self)
            }
        }
    }

    /// Calls `body` with each value's bytes in code order.
    func forEach(_ body: (UnsafeRawBufferPointer) -> Void) {
        arena.withUnsafeBytes { all in
            for k in 0..<count { body(UnsafeRawBufferPointer(rebasing: all[starts[k]..<starts[k + 1]])) }
        }
    }

    private func equals(_ k: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = starts[k]
        guard starts[k + 1] - start == bytes.count else { return false }
        return arena.withUnsafeBytes { all in
            guard let a = all.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
            return memcmp(a + start, b, bytes.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (code, e) in entries.enumerated() {
            var i = Int(truncatingIfNeeded: e.hash) & mask
            while bigger[i] >= 0 { i = (i + 1) & mask }
            bigger[i] = Int32(code)
        }
        slots = bigger
    }

    /// Bytes `from ..< from + 8` of `p` as a little-endian word, zero-padded past the end (read
    /// with at most two overlapping loads, never past the end).
    @inline(__always)
    static func word(_ p: UnsafeRawBufferPointer, _ from: Int) -> UInt64 {
        let n = p.count - from
        if n >= 8 { return p.loadUnaligned(fromByteOffset: from, as: UInt64.self) }
        if n <= 0 { return 0 }
        if from >= 8 || p.count >= 8 {
            // The 8 bytes ending at the end of `p`, shifted so that byte `from` comes first.
            let last = p.loadUnaligned(fromByteOffset: p.count - 8, as: UInt64.self)
            return last >> (8 * UInt64(8 - n))
        }
        if n >= 4 {
            let lo = UInt64(p.loadUnaligned(fromByteOffset: from, as: UInt32.self))
            let hi = UInt64(p.loadUnaligned(fromByteOffset: from + n - 4, as: UInt32.self))
            return lo | (hi << (8 * UInt64(n - 4)))
        }
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(p[from + k]) << (8 * UInt64(k)) }
        return w
    }

    /// A fast non-cryptographic hash: the length and the first two words mixed, then eight
    /// bytes at a time for longer values.
    @inline(__always)
    static func hash(_ p: UnsafeRawBufferPointer, head: UInt64, tail: UInt64) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
        h = (h ^ head) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ tail) &* 0x94D0_49BB_1331_11EB
        var i = 16
        while i < p.count {
            h = (h ^ word(p, i)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        return h ^ (h >> 29)
    }
}
