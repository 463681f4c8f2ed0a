/// Seeded mutations of a file's bytes for the ingest fuzz tests: the same seed gives the same
/// inputs on every run, so a failure is reproducible from the test's output.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    /// Bytes that steer the CSV, JSON and XML readers into their edge cases.
    static let interesting: [UInt8] = Array("\"',;\t\r\n\\{}[]:<>&#!x0-.eE".utf8) + [0, 0x7F, 0x80, 0xC3, 0xEF, 0xFF]

    /// One to four mutations of `bytes`: flips, inserts, deletions, truncation, repeated chunks.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0...below(4) {
            let at = below(out.count + 1)
            switch below(6) {
            case 0 where !out.isEmpty: out[min(at, out.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1: out.insert(Self.interesting[below(Self.interesting.count)], at: at)
            case 2 where !out.isEmpty: out.remove(at: min(at, out.count - 1))
            case 3: out.removeLast(out.count - at)
            case 4:
                let length = below(min(64, out.count - at) + 1)
                let chunk = out[at..<(at + length)]
                for _ in 0..<below(50) { out.insert(contentsOf: chunk, at: at) }
            default:
                out.insert(
                    contentsOf: Array(repeating: Self.interesting[below(Self.interesting.count)], count: below(5000)),
                    at: at)
            }
        }
        return out
    }
}
