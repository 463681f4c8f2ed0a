@testable import Engine

/// Seeded mutations of a file's bytes for the ingest fuzz tests: the same seed gives the same
/// inputs on every run, so a failure is reproducible from the test's output.
struct Mutator {
    private var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

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
