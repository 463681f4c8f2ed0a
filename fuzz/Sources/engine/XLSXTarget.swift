import Foundation
import FuzzKit

@testable import Engine

/// A workbook (input starting with `PK`) through the loader; any other input is a worksheet's
/// XML read by the sheet reader directly, since mutated zips mostly stop at the archive checks.
struct XLSXTarget: FuzzTarget {
    static let name = "xlsx"
    static let strings = ["region", "sales", "north", "<b>&amp;</b>"]

    func run(_ data: [UInt8]) {
        if data.starts(with: [0x50, 0x4B]) {
            IngestRun.load(data, fileName: "input.xlsx", format: .xlsx, target: Self.name)
            return
        }
        let context = XLSXReader.Context(
            path: "fuzz.xlsx", part: "xl/worksheets/sheet1.xml", strings: Self.strings, styles: CellStyles(),
            uses1904: false)
        do {
            var reader = try XLSXReader(sheet: data, context: context)
            var rows = 0
            while try reader.next() != nil, rows < 10_000 { rows += 1 }
        } catch {
            Finding.expect(error, in: Self.name) { $0 is XLSXError || $0 is XMLError || $0 is IngestError }
        }
    }
}
