/// One fuzz target: set up once, then run on each input libFuzzer makes. A finding is a crash:
/// a trap, a sanitizer report, or `Finding.fail` for an error of a kind the entry point must
/// never throw or a broken invariant.
public protocol FuzzTarget {
    /// The name `AISER_FUZZ_TARGET` and `fuzz/corpus/NAME` use.
    static var name: String { get }
    init() throws
    func run(_ data: [UInt8])
}

extension FuzzTarget {
    /// The target's entry in a binary's registry. The registry holds names and closures, not
    /// `any FuzzTarget.Type`: in the sanitized SwiftPM build, Swift 6.3.1 crashed (signal 11 in
    /// SILGen) on calling a throwing `init()`, or a throwing static factory, through the
    /// existential metatype.
    public static var entry: FuzzTargets.Entry { FuzzTargets.Entry(name: name, make: { try Self() }) }
}
