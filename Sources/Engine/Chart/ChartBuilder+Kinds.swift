extension ChartBuilder {
    /// Result columns looked up by name with a clear error.
    struct Columns {
        let result: QueryResult
        init(_ result: QueryResult) { self.result = result }

        func index(_ name: String) throws -> Int {
            guard let i = result.index(of: name) else {
                throw ChartError.unknownColumn(name, available: result.columns.map(\.name))
            }
            return i
        }

        func numeric(_ name: String) throws -> Int {
            let i = try index(name)
            let hasNumber = result.rows.contains { $0[i].double != nil }
            let hasText = result.rows.contains {
                if case .text(let s) = $0[i] { return Double(s) == nil } else { return false }
            }
            if hasText && !hasNumber { throw ChartError.notNumeric(name) }
            return i
        }
    }

    /// Numbers of a cell, reading numeric text too.
    static func number(_ v: SQLValue) -> Double? {
        if let d = v.double { return d.isFinite ? d : nil }
        if case .text(let s) = v, let d = Double(s), d.isFinite { return d }
        return nil
    }

    static func points(_ t: Columns, type: ChartType, _ e: ChartEncoding) throws -> ChartData {
        guard let xName = e.x, let yName = e.y.first else { throw ChartError.missingEncoding("x and y columns") }
        let xi = try t.numeric(xName), yi = try t.numeric(yName)
        let si = try e.size.map { try t.numeric($0) }
        let ci = try (e.color ?? e.series).map { try t.index($0) }
        var order: [String] = []
        var groups: [String: [ChartValue]] = [:]
        for row in t.result.rows {
            guard let x = number(row[xi]), let y = number(row[yi]) else { continue }
            let key = ci.map { label(row[$0]) } ?? yName
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(.point(ChartPoint(x: x, y: y, r: si.flatMap { number(row[$0]) })))
        }
        return ChartData(type: type, datasets: order.map { ChartDataset(label: $0, data: groups[$0] ?? []) })
    }

    static func table(_ t: Columns, _ e: ChartEncoding) throws -> ChartData {
        let rows = t.result.rows.prefix(e.limit ?? Int.max)
        let xi = try e.x.map { try t.index($0) }
        let cols = e.y.isEmpty ? t.result.columns.map(\.name).filter { $0 != e.x } : e.y
        let idx = try cols.map { try t.index($0) }
        var chart = ChartData(
            type: .table, labels: xi.map { i in rows.map { label($0[i]) } } ?? [],
            datasets: zip(cols, idx).map { name, i in ChartDataset(label: name, data: rows.map { value($0[i]) }) })
        if rows.count < t.result.rows.count {
            chart.options.note =
                "First \(rows.count) of \(NumberText.grouped(Double(t.result.rows.count), decimals: 0, trim: true)) rows"
        }
        return chart
    }

    /// KPI: without x, the aggregate of all rows; with x, the last bucket against the one before,
    /// and every bucket as the sparkline.
    static func kpi(_ t: Columns, _ e: ChartEncoding) throws -> ChartData {
        guard let yName = e.y.first else { throw ChartError.missingEncoding("a y measure") }
        guard let x = e.x else {
            let yi = try t.numeric(yName)
            var acc = Aggregate.Accumulator()
            for row in t.result.rows { acc.add(number(row[yi]), keepValues: e.aggregate.needsValues) }
            return ChartData(
                type: .kpi,
                datasets: [ChartDataset(label: yName, data: [acc.result(e.aggregate).map(ChartValue.number) ?? .null])])
        }
        var enc = e
        enc.sort = .x
        let g = try Grouping(t, x: x, measures: [yName], series: nil, enc)
        let values = g.datasets.first?.data ?? []
        var sets = [ChartDataset(label: yName, data: [values.last ?? .null])]
        if values.count >= 2 {
            let what = e.grain.map { "previous \($0.rawValue)" } ?? "previous"
            sets.append(ChartDataset(label: what, data: [values[values.count - 2]], role: .comparison))
            sets.append(ChartDataset(label: "Trend", data: values, role: .sparkline))
        }
        return ChartData(type: .kpi, labels: g.labels, datasets: sets)
    }
}
