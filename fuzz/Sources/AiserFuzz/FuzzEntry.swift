// One libFuzzer binary for every target: `AISER_FUZZ_TARGET` names the target (see
// `FuzzTargets.all`); the arguments are libFuzzer's own (corpus folders, -max_total_time, …).
// `swift build --sanitize fuzzer` compiles this module as a library and links libFuzzer's `main`,
// which calls the two functions below. Built only with `AISER_FUZZ=1`; see scripts/fuzz.

/// Picks the target before the first input (libFuzzer's arguments are not needed).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> Int32 {
    FuzzTargets.select()
    return 0
}

/// Runs the selected target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTargets.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
