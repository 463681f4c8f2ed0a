import Foundation

/// The kinds of data file Aiser can load.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    case csv, tsv, xlsx, json, ndjson

    /// The format a file extension names (case-insensitive, without the dot), or `nil`.
    ///
    /// `.txt` maps to `.csv` (the delimiter is sniffed from the content); `.jsonl` to `.ndjson`.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv", "txt": self = .csv
        case "tsv", "tab": self = .tsv
        case "xlsx", "xlsm": self = .xlsx
        case "json": self = .json
        case "ndjson", "jsonl": self = .ndjson
        default: return nil
        }
    }
}
