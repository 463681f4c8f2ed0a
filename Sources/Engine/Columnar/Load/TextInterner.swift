import Foundation

/// Gives each distinct byte string a dense code (0, 1, 2 … in first-seen order) without making
/// a `String` per value: an open-addressing hash table over a byte arena.
struct TextInterner {
    private var arena: [UInt8] = []
    /// Entry `k` is `arena[starts[k] ..< starts[k + 1]]`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Hash slots holding a code, or -1 when empty.
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    /// The number of distinct values.
    var count: Int { hashes.count }

    /// The code of `bytes`, adding it when new.
    mutating func code(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let h = Self.hash(bytes)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let c = slots[i]
            if c < 0 { break }
            if hashes[Int(c)] == h, equals(Int(c), bytes) { return c }
            i = (i + 1) & mask
        }
        let code = Int32(hashes.count)
        slots[i] = code
        hashes.append(h)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
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
            bytes.isEmpty || memcmp(all.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (code, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while bigger[i] >= 0 { i = (i + 1) & mask }
            bigger[i] = Int32(code)
        }
        slots = bigger
    }

    /// A fast non-cryptographic hash, eight bytes at a time.
    @inline(__always)
    static func hash(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
        var i = 0
        let n = p.count
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }
}
