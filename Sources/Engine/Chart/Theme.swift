/// Colours and type of a chart. A plain struct so a theme file can be decoded into it.
public struct Theme: Sendable, Hashable, Codable {
    public var name: String
    var background: String
    var text: String
    var mutedText: String
    var grid: String
    var axis: String
    /// Series colours, in order.
    var palette: [String]
    /// KPI deltas: up / down.
    var positive: String
    var negative: String
    /// Heatmap ramp from low to high.
    var rampLow: String
    var rampHigh: String
    var fontFamily: String

    init(
        name: String, background: String, text: String, mutedText: String, grid: String, axis: String,
        palette: [String], positive: String, negative: String, rampLow: String, rampHigh: String,
        fontFamily: String = "DejaVu Sans, Verdana, sans-serif"
    ) {
        self.name = name
        self.background = background
        self.text = text
        self.mutedText = mutedText
        self.grid = grid
        self.axis = axis
        self.palette = palette
        self.positive = positive
        self.negative = negative
        self.rampLow = rampLow
        self.rampHigh = rampHigh
        self.fontFamily = fontFamily
    }

    /// Okabe–Ito order, colour-blind safe; blue first.
    static let okabeIto = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The default light theme.
    public static let light = Theme(
        name: "light", background: "#FFFFFF", text: "#1F2328", mutedText: "#59636E", grid: "#E6E8EB",
        axis: "#8C959F", palette: okabeIto.dropLast() + ["#6E7781"], positive: "#1A7F37", negative: "#CF222E",
        rampLow: "#EFF6FC", rampHigh: "#08519C")

    /// The default dark theme (palette lightened for contrast on a dark background).
    public static let dark = Theme(
        name: "dark", background: "#161B22", text: "#E6EDF3", mutedText: "#9198A1", grid: "#2D333B",
        axis: "#656C76",
        palette: ["#56B4E9", "#E69F00", "#2EC4A0", "#E08DC0", "#F0E442", "#FF7F3F", "#7C9CFF", "#C9D1D9"],
        positive: "#3FB950", negative: "#F85149", rampLow: "#1C2733", rampHigh: "#79C0FF")

    /// The built-in theme called `name` (`light` when unknown).
    static func named(_ name: String?) -> Theme { name?.lowercased() == "dark" ? .dark : .light }
}
