import Foundation
import FuzzKit

@testable import Generator

/// A page file: front matter (YAML) and fenced Aiser blocks.
struct PageTarget: FuzzTarget {
    static let name = "page"

    func run(_ data: [UInt8]) {
        do {
            _ = try PageParser.parse(String(decoding: data, as: UTF8.self), path: "fuzz.md")
        } catch {
            Finding.expect(error, in: Self.name) { $0 is GeneratorError }
        }
    }
}
