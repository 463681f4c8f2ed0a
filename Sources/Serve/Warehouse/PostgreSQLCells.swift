import Engine
import Foundation
import NIOCore
import PostgresNIO

/// Values between Aiser and PostgreSQL: bindings out (text untyped, so the server reads it as
/// the type of what it is compared with, as SQLite would), cells back by their type.
enum PostgreSQLCells {
    /// Text sent with no type: `date_column >= $1` reads `'2024-01-01'` as a date.
    struct UntypedText: PostgresDynamicTypeEncodable {
        let value: String
        var psqlType: PostgresDataType { .unknown }
        var psqlFormat: PostgresFormat { .text }
        func encode<JSONEncoder: PostgresJSONEncoder>(
            into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
        ) {
            byteBuffer.writeString(value)
        }
    }

    static func bind(_ value: SQLValue, into bindings: inout PostgresBindings) {
        switch value {
        case .null: bindings.appendNull()
        case .integer(let i): bindings.append(i)
        case .real(let d): bindings.append(d)
        case .text(let s): bindings.append(UntypedText(value: s))
        case .blob(let b): bindings.append(ByteBuffer(bytes: b))
        }
    }

    /// The logical type of a PostgreSQL result type.
    static func logical(_ type: PostgresDataType) -> ColumnType {
        switch type {
        case .int2, .int4, .int8: return .integer
        case .float4, .float8, .numeric, .money: return .decimal
        case .bool: return .boolean
        case .date: return .date
        case .timestamp, .timestamptz: return .datetime
        default: return .string
        }
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(Int64(try cell.decode(Int.self)))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            let d = try cell.decode(Decimal.self)
            return .real(NSDecimalNumber(decimal: d).doubleValue)
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .date: return .text(DateText.iso(try cell.decode(Date.self), withTime: false))
        case .timestamp, .timestamptz: return .text(DateText.iso(try cell.decode(Date.self), withTime: true))
        case .bytea: return .blob(Array(buffer: cell.bytes ?? ByteBuffer()))
        default: return .text(try cell.decode(String.self))
        }
    }
}
