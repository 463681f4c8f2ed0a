import Testing

@testable import Engine

@Suite("One KPI: the change against zero, negative and equal baselines; the trend's geometry")
struct KPITests {
    @Test("a relative change with one decimal and no sign; the arrow gives the direction")
    func relative() {
        #expect(KPIChange(value: 1400, baseline: 1200) == KPIChange(direction: .up, text: "16.7%"))
        #expect(KPIChange(value: 4, baseline: 5).text == "20.0%")
        #expect(KPIChange(value: 4, baseline: 5).word == "down 20.0%")
        #expect(KPIChange(value: 4, baseline: 5).arrow == "▼")
    }

    @Test("a zero baseline gives the absolute difference instead of dropping the change")
    func zeroBaseline() {
        let up = KPIChange(value: 5, baseline: 0)
        #expect(up.direction == .up)
        #expect(up.text == "5")
        #expect(up.word == "up")
        #expect(KPIChange(value: -2.5, baseline: 0) == KPIChange(direction: .down, text: "2.5"))
    }

    @Test("a negative baseline reads the right way: -4 → -3 is up 25%")
    func negativeBaseline() {
        #expect(KPIChange(value: -3, baseline: -4) == KPIChange(direction: .up, text: "25.0%"))
        #expect(KPIChange(value: -5, baseline: -4) == KPIChange(direction: .down, text: "25.0%"))
        #expect(KPIChange(value: 2, baseline: -4) == KPIChange(direction: .up, text: "150.0%"))
    }

    @Test("equal values are unchanged")
    func unchanged() {
        #expect(KPIChange(value: 0, baseline: 0) == KPIChange(direction: .flat, text: "0%"))
        #expect(KPIChange(value: 7, baseline: 7).word == "unchanged")
        #expect(KPIChange(value: 7, baseline: 7).arrow == "■")
    }

    @Test("the change line, with and without a baseline label")
    func changeLine() {
        var kpi = KPI(name: "Revenue", value: 1400, baseline: .init(label: "Last month", value: 1200))
        #expect(kpi.changeLine(format: .currency()) == "▲ 16.7% vs Last month ($1,200.00)")
        kpi.baseline = .init(label: "", value: 0)
        #expect(kpi.changeLine(format: .plain) == "▲ 1,400 vs 0")
        kpi.value = nil
        #expect(kpi.change == nil)
        #expect(kpi.changeLine(format: .plain) == nil)
    }

    @Test("the trend fills the box with 2 units of padding; gaps stay gaps; one value sits in the middle")
    func sparkline() {
        let p = KPISparkline.points([1, nil, 3], width: 100, height: 20)
        #expect(p[0]! == (0, 18))
        #expect(p[1] == nil)
        #expect(p[2]! == (100, 2))
        #expect(KPISparkline.points([5], width: 100, height: 20)[0]! == (50, 18))
        #expect(KPI(name: "", value: 1, sparkline: [1, nil]).hasTrend == false)
    }
}
