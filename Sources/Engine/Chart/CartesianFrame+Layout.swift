import Foundation

extension CartesianFrame {
    /// Builds the frame for values in `lo…hi` (and `lo2…hi2` on a secondary axis), lays it out
    /// in the canvas's free area and draws grid, axes and labels.
    static func draw(
        in canvas: inout Canvas, x: XAxis, values: (Double, Double), includeZero: Bool,
        values2: (Double, Double)? = nil, horizontal: Bool = false, options: ChartOptions, format: ValueFormat,
        format2: ValueFormat? = nil
    ) -> CartesianFrame {
        let area = canvas.area
        let hasXTitle = options.xTitle?.isEmpty == false
        let hasYTitle = options.yTitle?.isEmpty == false
        let valueSpan = horizontal ? area.width : area.height
        let count = max(2, min(8, Int(valueSpan / (horizontal ? 90 : 55))))
        let ticks = NiceTicks(min: values.0, max: values.1, count: count, includeZero: includeZero)
        var frame = CartesianFrame(
            x: x, horizontal: horizontal, value: ValueAxis(ticks: ticks, format: format, title: options.yTitle))
        if let v2 = values2 {
            let t2 = NiceTicks(min: v2.0, max: v2.1, intervals: ticks.values.count - 1, includeZero: includeZero)
            frame.value2 = ValueAxis(ticks: t2, format: format2 ?? format, title: options.yTitle2)
        }
        let tickText = ticks.values.map { format.string($0, step: ticks.step) }
        let size = Canvas.fontSize
        var left = 8.0, right = 12.0, bottom = 6.0
        let top = 8.0
        if horizontal {
            let labels: [String]
            if case .band(let l) = x { labels = l } else { labels = [] }
            let widest = labels.reduce(0.0) { max($0, FontMetrics.width($1, size: size)) }
            left += min(widest, area.width * 0.32) + 8 + (hasXTitle ? 20 : 0)
            bottom += 20 + (hasYTitle ? 20 : 0)
            right += FontMetrics.width(tickText.last ?? "", size: size) / 2
        } else {
            let widest = tickText.reduce(0.0) { max($0, FontMetrics.width($1, size: size)) }
            left += widest + 8 + (hasYTitle ? 20 : 0)
            if let v2 = frame.value2 {
                let w2 = v2.ticks.values.reduce(0.0) {
                    max($0, FontMetrics.width(v2.format.string($1, step: v2.ticks.step), size: size))
                }
                right += w2 + 4 + (v2.title?.isEmpty == false ? 20 : 0)
            }
            bottom += hasXTitle ? 22 : 0
        }
        let plotWidth = max(10, area.width - left - right)
        var labels: CategoryLabels?
        var timeTicks: TimeTicks?
        var linearTicks: NiceTicks?
        if !horizontal {
            switch x {
            case .band(let l), .point(let l):
                let n = Double(max(l.count, 1))
                let s: Double
                if case .point = x { s = l.count > 1 ? plotWidth / (n - 1) : plotWidth } else { s = plotWidth / n }
                let cl = CategoryLabels(l, slot: s, maxRotatedLength: min(150, area.height * 0.33))
                labels = cl
                bottom += cl.height
                if case .point = x, !cl.rotated, let last = cl.lines.last?.first {
                    right = max(right, FontMetrics.width(last, size: size) / 2 + 4)
                    left = max(left, FontMetrics.width(cl.lines.first?.first ?? "", size: size) / 2 + 4)
                }
            case .time(let lo, let hi, let quarterly):
                let tt = TimeTicks(
                    lo: lo, hi: hi, maxCount: max(2, Int(plotWidth / 75)), quarterly: quarterly,
                    format: options.dateFormat.map(TimeLabelFormat.init))
                timeTicks = tt
                bottom += 18
            case .linear(let lo, let hi, _):
                linearTicks = NiceTicks(min: lo, max: hi, count: max(2, min(10, Int(plotWidth / 80))))
                bottom += 18
            }
        } else if case .linear(let lo, let hi, _) = x {
            linearTicks = NiceTicks(min: lo, max: hi, count: 5)
        }
        frame.plot = Rect(
            x: area.x + left, y: area.y + top, width: max(10, area.width - left - right),
            height: max(10, area.height - top - bottom))
        let p = frame.plot
        frame.valueScale =
            horizontal
            ? LinearScale(domain: (ticks.lower, ticks.upper), range: (p.x, p.maxX))
            : LinearScale(domain: (ticks.lower, ticks.upper), range: (p.maxY, p.y))
        if let v2 = frame.value2 {
            frame.value2Scale = LinearScale(domain: (v2.ticks.lower, v2.ticks.upper), range: (p.maxY, p.y))
        }
        switch x {
        case .time(let lo, let hi, _):
            let span = hi > lo ? (lo, hi) : (lo - 43200, lo + 43200)
            frame.continuous = LinearScale(domain: span, range: (p.x, p.maxX))
            if hi <= lo {
                timeTicks = TimeTicks(
                    lo: span.0, hi: span.1, maxCount: 3, format: options.dateFormat.map(TimeLabelFormat.init))
            }
        case .linear:
            if let lt = linearTicks {
                frame.continuous =
                    horizontal
                    ? LinearScale(domain: (lt.lower, lt.upper), range: (p.maxY, p.y))
                    : LinearScale(domain: (lt.lower, lt.upper), range: (p.x, p.maxX))
            }
        default: break
        }
        frame.drawGrid(in: &canvas, tickText: tickText)
        frame.drawCategoryAxis(in: &canvas, labels: labels, timeTicks: timeTicks, linearTicks: linearTicks)
        frame.drawTitles(in: &canvas, options: options, bottomLabels: labels?.height ?? 18)
        return frame
    }
}
