/// One field as a reader produced it, before type inference.
///
/// Text formats (CSV, TSV) produce `.text`; typed formats (JSON, XLSX) produce the typed cases
/// so that inference does not have to re-parse what the source already knew.
public enum Field: Sendable, Equatable {
    /// An empty cell, a JSON `null`, or a key an object does not have.
    case missing
    case text(String)
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
    /// A calendar date as `YYYY-MM-DD` (an XLSX cell with a date number format).
    case date(String)
    /// A date and time as `YYYY-MM-DD HH:MM:SS` (fractional seconds allowed).
    case datetime(String)
}
