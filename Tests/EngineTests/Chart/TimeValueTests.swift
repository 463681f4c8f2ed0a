import Testing

@testable import Engine

@Suite("Time labels")
struct TimeValueTests {
    // Expected seconds computed with Python's datetime (UTC).
    @Test(
        "parses dates, datetimes and bucket labels",
        arguments: [
            ("2024-01-15", 1_705_276_800.0), ("2023", 1_672_531_200), ("2023-Q2", 1_680_307_200),
            ("2023-01", 1_672_531_200), ("2023-W05", 1_675_036_800), ("2024-01-15T10:30:00Z", 1_705_314_600),
            ("2024-01-15 10:30", 1_705_314_600), ("2024-01-15T10:30:00+02:00", 1_705_307_400),
        ])
    func parses(label: String, seconds: Double) {
        #expect(TimeValue.parse(label)?.seconds == seconds)
    }

    @Test("rejects labels that are not times", arguments: ["Revenue", "2023-13", "2023-Q5", "12", "2023-02-3x", ""])
    func rejects(label: String) {
        #expect(TimeValue.parse(label) == nil)
    }

    @Test("reports the grain of bucket labels")
    func grains() {
        #expect(TimeValue.parse("2023")?.grain == .year)
        #expect(TimeValue.parse("2023-Q1")?.grain == .quarter)
        #expect(TimeValue.parse("2023-W05")?.grain == .week)
        #expect(TimeValue.parse("2023-01-15T10")?.grain == .hour)
    }

    @Test("buckets times to a grain; ISO weeks belong to the week's year")
    func buckets() {
        #expect(TimeGrain.month.bucket("2024-01-15") == "2024-01")
        #expect(TimeGrain.quarter.bucket("2024-08-15T10:00:00") == "2024-Q3")
        #expect(TimeGrain.week.bucket("2024-01-15") == "2024-W03")
        #expect(TimeGrain.week.bucket("2021-01-03") == "2020-W53")
        #expect(TimeGrain.year.bucket("2023-12-31") == "2023")
        #expect(TimeGrain.day.bucket("not a date") == nil)
    }

    @Test("time ticks fall on calendar boundaries and step from hours to years")
    func ticks() {
        let jan23 = TimeValue.days(2023, 1, 1) * 86400, jun24 = TimeValue.days(2024, 6, 1) * 86400
        let months = TimeTicks(lo: jan23, hi: jun24, maxCount: 8)
        #expect(months.labels == ["Jan 2023", "Apr", "Jul", "Oct", "Jan 2024", "Apr"])
        let day = TimeValue.days(2024, 1, 15) * 86400
        let hours = TimeTicks(lo: day, hi: day + 12 * 3600, maxCount: 5)
        #expect(hours.labels == ["Jan 15 00:00", "03:00", "06:00", "09:00", "12:00"])
        let years = TimeTicks(
            lo: TimeValue.days(1990, 3, 1) * 86400, hi: TimeValue.days(2024, 1, 1) * 86400, maxCount: 8)
        #expect(years.labels == ["1995", "2000", "2005", "2010", "2015", "2020"])
        let quarters = TimeTicks(lo: jan23, hi: jun24, maxCount: 8, quarterly: true)
        #expect(quarters.labels == ["Q1 2023", "Q2", "Q3", "Q4", "Q1 2024", "Q2"])
    }

    @Test("bucket labels read as words on category axes")
    func compactLabels() {
        #expect(TimeTicks.compactLabels(["2023-11", "2023-12", "2024-01"]) == ["Nov 2023", "Dec", "Jan 2024"])
        #expect(TimeTicks.compactLabels(["2023-Q4", "2024-Q1"]) == ["Q4 2023", "Q1 2024"])
        #expect(TimeTicks.bucketLabel("2023-W05") == "W05 2023")
    }
}
