import Foundation

/// JSON form of a value: `null`, a number, or a string (blobs as base64 text).
extension SQLValue: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .integer(b ? 1 : 0)
        } else if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else if let d = try? c.decode(Double.self) {
            self = .real(d)
        } else {
            self = .text(try c.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .integer(let i): try c.encode(i)
        case .real(let d): if d.isFinite { try c.encode(d) } else { try c.encodeNil() }
        case .text(let s): try c.encode(s)
        case .blob(let b): try c.encode(Data(b).base64EncodedString())
        }
    }
}
