extension Rollup {
    /// A query over the rollup giving the same result as `query` over the table, and the
    /// averages to finish (result column of the sum, column of its count); `nil` when the
    /// rollup cannot serve the query exactly.
    func rewrite(_ query: Query) -> Rewrite? {
        for d in query.dimensions {
            if d.column == dateColumn {
                guard let g = d.grain, g == .year || g == .quarter || g == .month else { return nil }
            } else if !(dimensions.contains(d.column) && d.grain == nil) {
                return nil
            }
        }
        for f in query.filters where !serves(f) { return nil }
        var measures: [Measure] = []
        var extra: [Measure] = []
        var averages: [(Int, Int)] = []
        var averaged: Set<String> = []
        let base = query.dimensions.count
        for (k, m) in query.measures.enumerated() {
            let name = m.name
            guard let c = m.column else {
                measures.append(Measure(.sum, Self.rowCount, as: name))
                continue
            }
            switch m.aggregate {
            case .sum where self.measures.contains(c):
                measures.append(Measure(.sum, Self.column("sum", c), as: name))
            case .count where self.measures.contains(c):
                measures.append(Measure(.sum, Self.column("count", c), as: name))
            case .min where self.measures.contains(c), .max where self.measures.contains(c):
                measures.append(Measure(m.aggregate, Self.column(m.aggregate.rawValue, c), as: name))
            case .avg where self.measures.contains(c):
                measures.append(Measure(.sum, Self.column("sum", c), as: name))
                extra.append(Measure(.sum, Self.column("count", c), as: "\(name)__den"))
                averages.append((base + k, base + query.measures.count + extra.count - 1))
                averaged.insert(name)
            case .countDistinct where dimensions.contains(c):
                measures.append(Measure(.countDistinct, c, as: name))
            default:
                return nil
            }
        }
        var q = query
        q.table = table
        q.measures = measures + extra
        q.dimensions = query.dimensions.map { Dimension($0.column, grain: $0.grain, as: $0.name) }
        // Ordering by an average would order by its sum in SQL: sort the finished rows instead.
        let late = query.order.contains { averaged.contains($0.name) }
        if late {
            q.order = []
            q.limit = nil
        }
        return Rewrite(
            query: q, averages: averages, keep: query.outputNames.count,
            lateOrder: late ? query.order : [], lateLimit: late ? query.limit : nil, names: query.outputNames)
    }

    private func serves(_ f: Filter) -> Bool {
        if f.column == dateColumn {
            if let g = f.grain { return g == .year || g == .quarter || g == .month }
            guard f.op == .greaterOrEqual || f.op == .less, let s = f.values.first?.string, s.count == 10,
                let d = CivilDate(iso: s)
            else { return false }
            return d.day == 1
        }
        return dimensions.contains(f.column) && f.grain == nil
    }

}

/// A query rewritten for the rollup, and how to finish its result.
struct Rewrite {
    var query: Query
    /// (result column of an averaged sum, result column of its count).
    var averages: [(Int, Int)]
    /// How many leading result columns the original query has.
    var keep: Int
    /// Ordering and limit applied after the averages are computed.
    var lateOrder: [Order]
    var lateLimit: Int?
    var names: [String]

    /// Divides the averaged sums by their counts, drops the helper columns, then orders.
    func finish(_ r: QueryResult) -> QueryResult {
        var out = r
        for i in out.rows.indices {
            for (s, c) in averages {
                let sum = out.rows[i][s].double, n = out.rows[i][c].double ?? 0
                out.rows[i][s] = n > 0 ? sum.map { .real($0 / n) } ?? .null : .null
            }
            out.rows[i] = Array(out.rows[i].prefix(keep))
        }
        out.columns = Array(out.columns.prefix(keep))
        for (s, _) in averages where s < out.columns.count { out.columns[s].type = .decimal }
        guard !lateOrder.isEmpty else { return out }
        let keys = lateOrder.compactMap { o in names.firstIndex(of: o.name).map { ($0, o.descending) } }
        out.rows.sort { a, b in
            for (i, desc) in keys {
                let c = Self.compare(a[i], b[i])
                if c != 0 { return desc ? c > 0 : c < 0 }
            }
            return false
        }
        if let lateLimit { out.rows = Array(out.rows.prefix(lateLimit)) }
        return out
    }

    /// SQLite's order: NULL, then numbers, then text (binary).
    static func compare(_ a: SQLValue, _ b: SQLValue) -> Int {
        func rank(_ v: SQLValue) -> Int { v.isNull ? 0 : (v.double != nil ? 1 : 2) }
        if rank(a) != rank(b) { return rank(a) < rank(b) ? -1 : 1 }
        if let x = a.double, let y = b.double { return x < y ? -1 : (x > y ? 1 : 0) }
        let x = a.string ?? "", y = b.string ?? ""
        return x < y ? -1 : (x > y ? 1 : 0)
    }
}
