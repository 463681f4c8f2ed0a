/// Groups result rows by x (bucketed to a time grain) and series, aggregating each measure:
/// the labels and datasets of category charts.
struct Grouping {
    var labels: [String] = []
    var datasets: [ChartDataset] = []
    var note: String?

    init(_ t: ChartBuilder.Columns, x: String, measures: [String], series: String?, _ e: ChartEncoding) throws {
        let rows = t.result.rows
        let xi = try t.index(x)
        let splitting = series != nil && series != measures.first
        let si = try splitting ? series.map { try t.index($0) } : nil
        let mi = try measures.map { try t.numeric($0) }
        let keep = e.aggregate.needsValues
        var xOrder: [String] = [], xSeen: Set<String> = []
        var sOrder: [String] = [], sSeen: Set<String> = []
        var acc: [String: [String: [Aggregate.Accumulator]]] = [:]
        for row in rows {
            var lx = ChartBuilder.label(row[xi])
            if let g = e.grain, let b = g.bucket(lx) { lx = b }
            let ls = si.map { ChartBuilder.label(row[$0]) } ?? ""
            if xSeen.insert(lx).inserted { xOrder.append(lx) }
            if si != nil, sSeen.insert(ls).inserted { sOrder.append(ls) }
            var cell = acc[lx]?[ls] ?? Array(repeating: Aggregate.Accumulator(), count: max(1, mi.count))
            if mi.isEmpty { cell[0].add(1, keepValues: false) }
            for (k, i) in mi.enumerated() { cell[k].add(ChartBuilder.number(row[i]), keepValues: keep) }
            acc[lx, default: [:]][ls] = cell
        }
        func value(_ lx: String, _ ls: String, _ k: Int) -> Double? { acc[lx]?[ls]?[k].result(e.aggregate) }
        let isTime = !xOrder.isEmpty && xOrder.allSatisfy { TimeValue.parse($0) != nil }
        var order = xOrder
        func total(_ lx: String) -> Double {
            si == nil ? (value(lx, "", 0) ?? 0) : sOrder.reduce(0) { $0 + (value(lx, $1, 0) ?? 0) }
        }
        switch e.sort {
        case .x:
            if isTime {
                order.sort { (TimeValue.parse($0)?.seconds ?? 0) < (TimeValue.parse($1)?.seconds ?? 0) }
            } else {
                order.sort()
            }
        case .ascending: order = order.sorted { total($0) < total($1) }
        case .descending: order = order.sorted { total($0) > total($1) }
        case .none:
            if isTime { order.sort { (TimeValue.parse($0)?.seconds ?? 0) < (TimeValue.parse($1)?.seconds ?? 0) } }
        }
        if let limit = e.limit, limit > 0, order.count > limit {
            note = "Showing \(limit) of \(NumberText.grouped(Double(order.count), decimals: 0, trim: true)) categories"
            order = Array(order.prefix(limit))
        }
        labels = order
        if si != nil {
            datasets = sOrder.map { s in
                ChartDataset(label: s, data: order.map { value($0, s, 0).map(ChartValue.number) ?? .null })
            }
        } else {
            let names = measures.isEmpty ? ["count"] : measures
            datasets = names.enumerated().map { k, name in
                ChartDataset(label: name, data: order.map { value($0, "", k).map(ChartValue.number) ?? .null })
            }
        }
    }
}
