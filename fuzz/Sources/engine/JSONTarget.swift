import Foundation
import FuzzKit

@testable import Engine

/// The streaming JSON records reader (an array of objects, or NDJSON when the text does not
/// start with `[`), through the loader.
struct JSONTarget: FuzzTarget {
    static let name = "json"

    func run(_ data: [UInt8]) {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let format: FileFormat = first == UInt8(ascii: "[") ? .json : .ndjson
        IngestRun.load(data, fileName: "input.\(format.rawValue)", format: format, target: Self.name)
    }
}
