import Engine
import Foundation

/// Reading ClickHouse answers: `JSONCompact` bodies into rows of `SQLValue`, its type names into
/// logical column types, and its error texts into one-sentence `QueryError`s.
enum ClickHouseAnswer {
    private struct Body: Decodable {
        struct Meta: Decodable {
            let name: String
            let type: String
        }
        let meta: [Meta]
        let data: [[JSONValue]]
    }

    /// The logical type of a ClickHouse column type (`Nullable(…)`, `LowCardinality(…)` unwrapped).
    static func logical(_ type: String) -> ColumnType {
        let t = unwrap(type)
        if t == "UInt8" || t.hasPrefix("Int") || t.hasPrefix("UInt") { return .integer }
        if t.hasPrefix("Float") || t.hasPrefix("Decimal") { return .decimal }
        if t == "Date" { return .date }
        if t.hasPrefix("DateTime") { return .datetime }
        return .string
    }

    static func unwrap(_ type: String) -> String {
        for wrapper in ["Nullable(", "LowCardinality("] where type.hasPrefix(wrapper) && type.hasSuffix(")") {
            return unwrap(String(type.dropFirst(wrapper.count).dropLast()))
        }
        return type
    }

    static func result(_ data: Data, maxRows: Int) throws -> QueryResult {
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch {
            throw QueryError("ClickHouse sent an answer that is not JSONCompact")
        }
        let columns = body.meta.map { QueryResult.Column(name: $0.name, type: logical($0.type)) }
        let types = body.meta.map { unwrap($0.type) }
        let rows = body.data.prefix(maxRows).map { row in zip(row, types).map { value($0, type: $1) } }
        return QueryResult(columns: columns, rows: Array(rows), truncated: body.data.count > maxRows)
    }

    /// One cell: 64-bit integers arrive quoted, other numbers as JSON numbers, the rest as text;
    /// `nan` (ClickHouse's answer for some empty aggregates) becomes NULL.
    static func value(_ v: JSONValue, type: String) -> SQLValue {
        let integral = type.hasPrefix("Int") || type.hasPrefix("UInt")
        let fractional = type.hasPrefix("Float") || type.hasPrefix("Decimal")
        switch v {
        case .null: return .null
        case .bool(let b): return .integer(b ? 1 : 0)
        case .number(let d): return integral ? (SQLValue.real(d).int.map(SQLValue.integer) ?? .real(d)) : .real(d)
        case .string(let s):
            if integral, let i = Int64(s) { return .integer(i) }
            if integral, let u = UInt64(s) { return .real(Double(u)) }
            if fractional {
                if s == "nan" || s == "-nan" { return .null }
                if let d = Double(s) { return .real(d) }
            }
            return .text(s)
        default:
            return .text(String(decoding: (try? JSONEncoder().encode(v)) ?? Data(), as: UTF8.self))
        }
    }

    /// A ClickHouse error text (`Code: 60, e.displayText() = DB::Exception: Table … doesn't
    /// exist., e.what() = …`) as one sentence.
    static func error(_ text: String, limits: WarehouseLimits) -> QueryError {
        let code = text.firstMatch(of: /^Code: (\d+)/).flatMap { Int($0.1) }
        switch code {
        case 159: return QueryError("the query ran longer than its \(limits.timeLimit)-second limit on ClickHouse")
        case 164: return QueryError("ClickHouse refused the query: the connection is read-only")
        case 192, 193, 516: return QueryError("ClickHouse refused the login (user or password is wrong)")
        case 81: return QueryError("ClickHouse has no such database")
        default: break
        }
        var detail = text
        if let r = text.range(of: "DB::Exception: ") { detail = String(text[r.upperBound...]) }
        if let r = detail.range(of: ", e.what()") { detail = String(detail[..<r.lowerBound]) }
        detail = detail.split(separator: "\n").first.map(String.init) ?? ""
        detail = detail.trimmingCharacters(in: .whitespaces)
        if let r = detail.range(of: " (version ") { detail = String(detail[..<r.lowerBound]) }
        if detail.count > 200 { detail = String(detail.prefix(200)) + "…" }
        if detail.hasSuffix(".") { detail.removeLast() }
        return QueryError("ClickHouse rejected the query: \(detail.isEmpty ? "error code \(code ?? 0)" : detail)")
    }
}
