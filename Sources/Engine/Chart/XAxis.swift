/// What runs along the category axis of a cartesian chart.
enum XAxis {
    /// Categories in bands (bars, heatmaps): each label owns a slot.
    case band([String])
    /// Categories as evenly spaced points (lines over non-time labels).
    case point([String])
    /// A continuous time axis, seconds since 1970.
    case time(Double, Double, quarterly: Bool = false)
    /// A continuous numeric axis (scatter, histogram).
    case linear(Double, Double, ValueFormat)
}
