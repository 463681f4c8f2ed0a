/// Text widths from the advance widths of DejaVu Sans, the font the SVG names first and the
/// rasteriser uses, so labels are measured as they will be drawn.
enum FontMetrics {
    /// Width in px of `text` at `size` px.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        let table = bold ? boldWidths : regularWidths
        let fallback = bold ? boldFallback : regularFallback
        var em = 0.0
        for u in text.unicodeScalars {
            let v = Int(u.value)
            if v >= 32, v < 127 {
                em += table[v - 32]
            } else if v >= 160, v < 256 {
                em += table[v - 160 + 95]
            } else if v < 32 || (0x300..<0x370).contains(v) || v == 0x200B {
                continue
            } else if v >= 0x1100
                && (v < 0x11FF || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                    || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v))
            {
                em += 1.0  // wide CJK characters
            } else {
                em += fallback
            }
        }
        return em * size
    }
}
