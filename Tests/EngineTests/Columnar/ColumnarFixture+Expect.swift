import Testing

@testable import Engine

extension ColumnarFixture {
    /// Expects the columnar result of `sql` to be SQLite's: columns, types, values, row order.
    func expectSame(_ sql: String, _ parameters: [String: SQLValue] = [:]) throws {
        let expected = try self.expected(sql, parameters).get()
        let actual = try self.actual(sql, parameters).get()
        #expect(Self.difference(expected, actual) == nil, "\(sql)")
    }

    /// Expects the columnar engine to decline `sql` (so the caller runs it on SQLite).
    func expectUnsupported(_ sql: String) {
        #expect {
            _ = try self.actual(sql).get()
        } throws: { error in
            (error as? ColumnarError)?.kind == .notSupported
        }
    }
}
