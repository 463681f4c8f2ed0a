import Testing

@testable import Engine

@Suite("Nice axis ticks")
struct NiceTicksTests {
    @Test("zero-crossing data gets ticks on both sides of zero, zero included")
    func zeroCrossing() {
        let t = NiceTicks(min: -37, max: 82, count: 5)
        #expect(t.step == 25)
        #expect(t.values == [-50, -25, 0, 25, 50, 75, 100])
    }

    @Test("all-negative data ends at zero when bars need a baseline")
    func allNegative() {
        let t = NiceTicks(min: -830, max: -120, count: 5, includeZero: true)
        #expect(t.values == [-1000, -800, -600, -400, -200, 0])
    }

    @Test("positive data starts at zero, not one step below it")
    func positiveFromZero() {
        #expect(NiceTicks(min: 505, max: 2210, count: 5, includeZero: true).values == [0, 500, 1000, 1500, 2000, 2500])
        #expect(NiceTicks(min: 0, max: 1, count: 5).values.first == 0)
        #expect(NiceTicks(min: 0, max: 1, count: 5).values.last == 1)
    }

    @Test("a single value gets a padded domain around it")
    func singleValue() {
        let t = NiceTicks(min: 5, max: 5, count: 5)
        #expect(t.lower < 5 && t.upper > 5)
        #expect(
            NiceTicks(min: 0, max: 0, count: 5, includeZero: true).values == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
    }

    @Test("steps are 1, 2, 2.5 or 5 times a power of ten")
    func steps() {
        #expect(NiceTicks.niceStep(0.13) == 0.2)
        #expect(NiceTicks.niceStep(23.8) == 25)
        #expect(NiceTicks.niceStep(420) == 500)
        #expect(NiceTicks.niceStep(7_000) == 10_000)
    }

    @Test("a secondary axis gets exactly as many intervals as the primary one")
    func alignedIntervals() {
        let t = NiceTicks(min: 0.25, max: 0.35, intervals: 3, includeZero: true)
        #expect(t.values.count == 4)
        #expect(t.lower == 0 && t.upper >= 0.35)
    }
}
