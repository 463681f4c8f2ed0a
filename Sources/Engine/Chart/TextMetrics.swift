/// Public text measurement for layouts outside the chart renderer (the PDF page compositor):
/// the DejaVu Sans advance widths `FontMetrics` uses for chart labels.
public enum TextMetrics {
    /// Width in pt (px) of `text` set in DejaVu Sans at `size`.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        FontMetrics.width(text, size: size, bold: bold)
    }
}
