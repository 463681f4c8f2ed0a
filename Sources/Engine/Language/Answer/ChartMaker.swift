/// Builds the answer's `ChartData` from the result rows: labels, series, post-processing
/// (share, growth, ratio) and the chart type, titled with the interpretation.
struct ChartMaker {
    let plan: Plan

    /// One series while it is built: a label and one value per label (`nil`: no value).
    struct Series {
        var label: String
        var data: [Double?]
    }

    func chart(from r: QueryResult, baseline: Double?, scatter: Bool) -> ChartData {
        var chart = build(from: r, baseline: baseline, scatter: scatter)
        chart.options.title = plan.interpretation
        return chart
    }

    /// The chart of `type` with `labels` and numeric `sets`.
    private func chart(_ type: ChartType, _ labels: [String], _ sets: [Series]) -> ChartData {
        // "in kg" of a column in grams: amounts are converted; shares and growth have no unit.
        let scale = plan.post == .none || plan.post == .difference ? plan.scale : 1
        return ChartData(
            type: type, labels: labels,
            datasets: sets.map {
                ChartDataset(label: $0.label, data: $0.data.map { $0.map { ChartValue.number($0 * scale) } ?? .null })
            })
    }

    private func build(from r: QueryResult, baseline: Double?, scatter: Bool) -> ChartData {
        let dims = plan.query.dimensions.count
        if scatter {
            let points = r.rows.compactMap { row -> ChartValue? in
                guard let x = row[0].double, let y = row[1].double else { return nil }
                return .point(ChartPoint(x: x, y: y))
            }
            let type = plan.chart.flatMap(ChartType.init(rawValue:)) ?? .scatter
            return ChartData(type: type, datasets: [ChartDataset(label: plan.interpretation, data: points)])
        }
        if dims == 0 {
            let row = r.rows.first ?? []
            var values = row.map(\.double)
            var labels = plan.measureTitles
            if plan.post == .ratio || plan.post == .difference, values.count == 2 {
                values = [plan.post == .ratio ? ratio(values[0], values[1]) : difference(values[0], values[1])]
                labels = [plan.interpretation]
            } else if let baseline, let v = values.first ?? nil {
                values = [baseline == 0 ? nil : 100 * v / baseline]
                labels = ["Share of \(plan.measureTitles[0].lowercased()) (%)"]
            }
            return chart(.kpi, labels, [Series(label: labels[0], data: values)])
        }
        if plan.post == .change, dims == 1 {
            let values = r.rows.compactMap { $0[1].double }
            let change: Double? =
                values.count >= 2 && values[0] != 0
                ? 100 * (values[values.count - 1] - values[0]) / abs(values[0]) : nil
            return chart(.kpi, [plan.interpretation], [Series(label: plan.interpretation, data: [change])])
        }
        var labels = r.rows.map { label($0[0], axis: 0) }
        var sets: [Series]
        if dims == 2 {
            var order: [String] = []
            var seen = Set<String>()
            for l in labels where seen.insert(l).inserted { order.append(l) }
            let series = Set(r.rows.map { label($0[1], axis: 1) }).sorted()
            var cells: [String: Double] = [:]
            for row in r.rows {
                cells["\(label(row[0], axis: 0))\u{1}\(label(row[1], axis: 1))"] = row[2].double
            }
            labels = order
            sets = series.map { s in Series(label: s, data: order.map { cells["\($0)\u{1}\(s)"] }) }
        } else {
            sets = plan.measureTitles.enumerated().map { k, title in
                Series(label: title, data: r.rows.map { $0[1 + k].double })
            }
        }
        switch plan.post {
        case .share:
            sets = sets.map { s in
                let total = s.data.compactMap { $0 }.reduce(0, +)
                return .init(
                    label: "Share of \(s.label.lowercased()) (%)",
                    data: s.data.map { v in v.map { total == 0 ? 0 : 100 * $0 / total } })
            }
        case .growth:
            sets = sets.map { s in
                .init(
                    label: "Growth of \(s.label.lowercased()) (%)",
                    data: s.data.indices.dropFirst().map { i in
                        guard let a = s.data[i - 1], let b = s.data[i], a != 0 else { return nil }
                        return 100 * (b - a) / abs(a)
                    })
            }
            labels = Array(labels.dropFirst())
        case .ratio, .difference:
            if sets.count == 2 {
                let ratio = plan.post == .ratio
                sets = [
                    .init(
                        label: plan.interpretation,
                        data: zip(sets[0].data, sets[1].data).map { a, b in
                            ratio ? self.ratio(a, b) : difference(a, b)
                        })
                ]
            }
        case .none, .change: break
        }
        return chart(chartType(labels: labels.count, series: sets.count), labels, sets)
    }

    /// The label of a grouping's value: "(blank)" for none, yes/no for a flag's 1/0.
    private func label(_ v: SQLValue, axis: Int) -> String {
        if plan.flagAxes[safe: axis] == true, let i = v.int { return i == 0 ? "no" : "yes" }
        return v.string ?? "(blank)"
    }

    private func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }

    private func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b != 0 else { return nil }
        return a / b
    }

    /// Explicit requests win; time → line (bar under 4 points); a small share → pie; else bar.
    func chartType(labels: Int, series: Int) -> ChartType {
        if let c = plan.chart.flatMap(ChartType.init(rawValue:)) { return c }
        if plan.timeAxis { return labels < 4 ? .bar : .line }
        if plan.post == .share && labels <= 8 && series == 1 { return .pie }
        return .bar
    }
}
