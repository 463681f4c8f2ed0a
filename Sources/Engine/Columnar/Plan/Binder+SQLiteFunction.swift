extension Binder {
    /// `name(args…)` as a SQLite-computed node when the engine has no Swift version of it (or it
    /// is `round` to decimal places) and SQLite allows it: folded to a constant when the arguments
    /// read no column, a `DictionaryCall` when they read one dictionary-encoded text column, a
    /// per-group call when they read only aggregates and group keys (one SQLite call per group).
    /// Nil when the Swift version applies; unsupported when it would run per row.
    static func sqliteCall(
        _ name: String, _ args: [SyntaxExpression], table: ColumnarTable, functions: SQLiteFunctionRunner,
        bind: (SyntaxExpression) throws -> Node
    ) throws -> Node? {
        let swift = ScalarFunction(rawValue: name == "substring" ? "substr" : name)
        if let swift, swift.arity.contains(args.count), swift != .round || args.count == 1 { return nil }
        guard SQLiteFunction.allowed.contains(name), args.count <= 32 else { return nil }
        let arguments = try args.map(bind)
        var grouped = false
        for a in arguments where a.isGrouped { grouped = true }
        let used = arguments.reduce(into: Set<Int>()) { $0.formUnion($1.columns) }
        if used.isEmpty, !grouped {
            let evaluator = Evaluator(columns: table.columns)
            return .constant(try functions.call(name, try arguments.map { try evaluator.eval($0, 0) }), nil)
        }
        if grouped, used.isEmpty { return .groupCall(name: name, arguments) }
        guard !grouped, used.count == 1, let c = used.first, case .text(_, let dictionary) = table.columns[c].storage
        else {
            if swift == .round { return nil }
            throw ColumnarError.unsupported("\(name)() over a value that is not one text column's")
        }
        let key = DictionaryCall(name: name, arguments: arguments, column: c, values: [])
        let columns = table.columns
        return .dictionaryCall(
            try functions.dictionaryCall(key) {
                var evaluator = Evaluator(columns: columns)
                evaluator.dictionary = (c, dictionary.map(SQLValue.text) + [.null])
                let values = try (0...dictionary.count).map { k in
                    try functions.call(name, try arguments.map { try evaluator.eval($0, k) })
                }
                return DictionaryCall(name: name, arguments: arguments, column: c, values: values)
            })
    }
}
