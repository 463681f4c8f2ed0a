import Testing

@testable import Engine

@Suite("LTTB, binning, text metrics")
struct AlgorithmTests {
    @Test("LTTB keeps the threshold, the ends and a lone spike out of a million points")
    func lttb() {
        let n = 1_000_000
        let xs = (0..<n).map(Double.init)
        var ys = [Double](repeating: 0, count: n)
        ys[500_000] = 100
        let kept = LTTB.indices(xs: xs, ys: ys, threshold: 1000)
        #expect(kept.count == 1000)
        #expect(kept.first == 0 && kept.last == n - 1)
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0 < $1 })
        #expect(kept.contains(500_000))
    }

    @Test("Freedman–Diaconis bins 1…100 into widths of 25")
    func freedmanDiaconis() {
        // IQR 49.5 (numpy) → 2·49.5/∛100 = 21.3 → nice width 25.
        let b = Binning((1...100).map(Double.init))
        #expect(b.width == 25)
        #expect(b.start == 0)
        #expect(b.counts == [24, 25, 25, 25, 1])
    }

    @Test("Sturges is the fallback when the IQR is zero")
    func sturges() {
        let b = Binning([5, 5, 5, 5, 5, 5, 5, 5, 9])
        #expect(b.width == 1)
        #expect(b.counts == [8, 0, 0, 0, 1])
    }

    @Test("text widths come from DejaVu Sans advance widths")
    func metrics() {
        // DejaVu Sans: 'H' 1540/2048 em, 'i' 569/2048 em.
        #expect(abs(FontMetrics.width("Hi", size: 2048) - 2109) < 1)
        #expect(FontMetrics.width("WWW", size: 12) > FontMetrics.width("iii", size: 12) * 2)
        #expect(FontMetrics.width("Müller", size: 12) > 0)
    }

    @Test("long labels are truncated with an ellipsis and wrapped on spaces")
    func fitting() {
        let t = TextFit.truncate("Ergonomic office chair with lumbar support", maxWidth: 80, size: 12)
        #expect(t.hasSuffix("…"))
        #expect(FontMetrics.width(t, size: 12) <= 80)
        #expect(
            TextFit.wrap("Mechanical keyboard (tenkeyless)", maxWidth: 90, size: 12, maxLines: 3)
                == ["Mechanical", "keyboard", "(tenkeyless)"])
    }
}
