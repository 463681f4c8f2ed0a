// libFuzzer's entry points for the fuzz targets over Generator (the page parser).
// `AISER_FUZZ_TARGET` names the target; the arguments are libFuzzer's own (corpus folders,
// -max_total_time, …). `swift build --sanitize fuzzer` links libFuzzer's `main`, which calls the
// two functions below (this module has no main.swift, so it is compiled as a library). Built only
// with `AISER_FUZZ=1`; see scripts/fuzz.

import FuzzKit

/// Picks the target before the first input (libFuzzer's arguments are not needed).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> Int32 {
    FuzzTargets.select(from: [PageTarget.entry])
    return 0
}

/// Runs the selected target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTargets.run(data, size)
    return 0
}
