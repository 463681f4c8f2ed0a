/// One fuzz target: set up once, then run on each input libFuzzer makes. A finding is a crash:
/// a trap, a sanitizer report, or `Finding.fail` for an error of a kind the entry point must
/// never throw or a broken invariant.
protocol FuzzTarget {
    /// The name `AISER_FUZZ_TARGET` and `fuzz/corpus/NAME` use.
    static var name: String { get }
    init() throws
    func run(_ data: [UInt8])
}
