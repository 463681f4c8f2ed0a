/// The axes, grid and plot rectangle of a cartesian chart, and the mappings from data to pixels.
/// `horizontal` puts the categories on the left and values along the bottom.
struct CartesianFrame {
    struct ValueAxis {
        var ticks: NiceTicks
        var format: ValueFormat
        var title: String?
    }

    var plot = Rect(x: 0, y: 0, width: 0, height: 0)
    let x: XAxis
    let horizontal: Bool
    var value: ValueAxis
    var value2: ValueAxis?
    var valueScale = LinearScale(domain: (0, 1), range: (0, 1))
    var value2Scale: LinearScale?
    var continuous = LinearScale(domain: (0, 1), range: (0, 1))

    /// Number of categories for band / point axes.
    var count: Int {
        switch x {
        case .band(let l), .point(let l): return l.count
        default: return 0
        }
    }

    /// Width of one band (band axes) or the spacing of points.
    var slot: Double {
        let n = Double(max(count, 1))
        let span = horizontal ? plot.height : plot.width
        if case .point = x { return count > 1 ? span / Double(count - 1) : span }
        return span / n
    }

    /// Position along the category axis of category `i` (its centre).
    func position(_ i: Int) -> Double {
        let start = horizontal ? plot.y : plot.x
        if case .point = x {
            return count > 1 ? start + Double(i) * slot : start + (horizontal ? plot.height : plot.width) / 2
        }
        return start + (Double(i) + 0.5) * slot
    }

    /// Position along the category axis of a continuous value (time or linear axes).
    func position(value v: Double) -> Double { continuous(v) }

    /// Position along the value axis (secondary axis when `secondary`).
    func valuePosition(_ v: Double, secondary: Bool = false) -> Double {
        if secondary, let s = value2Scale { return s(v) }
        return valueScale(v)
    }

    init(x: XAxis, horizontal: Bool = false, value: ValueAxis, value2: ValueAxis? = nil) {
        self.x = x
        self.horizontal = horizontal
        self.value = value
        self.value2 = value2
    }
}
