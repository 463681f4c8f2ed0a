import Testing

@testable import Engine

@Suite("Series preparation")
struct SeriesPreparationTests {
    func table(_ rows: [(SQLValue, SQLValue)]) -> QueryResult {
        QueryResult(
            columns: [.init(name: "d", type: .date), .init(name: "v", type: .decimal)],
            rows: rows.map { [$0.0, $0.1] })
    }

    @Test("day counts round-trip through the civil calendar, including leap days and pre-1970 dates")
    func civil() {
        #expect(CivilDate(year: 1970, month: 1, day: 1).days == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1).days == 11_017)
        #expect(CivilDate(year: 1969, month: 12, day: 31).days == -1)
        for d in [-800_000, -1, 0, 11_016, 19_782, 60_000] {
            #expect(CivilDate(days: CivilDate(days: d).days) == CivilDate(days: d))
        }
        #expect(CivilDate(days: 11_016).iso == "2000-02-29")
        #expect(CivilDate.parse("2023-W01")?.date.iso == "2023-01-02")
        #expect(CivilDate.parse("2020-W53")?.date.iso == "2020-12-28")
        #expect(CivilDate.parse("2023-Q3")?.date.iso == "2023-07-01")
        #expect(CivilDate.parse("2023-02-30") == nil)
        #expect(CivilDate.parse("2023-02-03T10:00:00Z")?.grain == .day)
    }

    @Test("month-end dates are detected as monthly and continue on month ends")
    func monthEnds() throws {
        let dates = ["2023-10-31", "2023-11-30", "2023-12-31", "2024-01-31"]
        let s = try SeriesPreparation.prepare(
            table(dates.enumerated().map { (.text($1), .real(Double($0))) }), x: "d", y: "v")
        #expect(s.grain == .month)
        #expect(s.dates == dates)
        #expect(s.nextDates(3) == ["2024-02-29", "2024-03-31", "2024-04-30"])
        #expect(s.defaultSeasonalPeriod == 12)
    }

    @Test("repeated dates are summed into their month and a missing month is interpolated and reported")
    func aggregateAndGaps() throws {
        let rows: [(SQLValue, SQLValue)] = [
            (.text("2024-01-03"), .integer(10)), (.text("2024-01-20"), .integer(5)),
            (.text("2024-02-11"), .integer(20)), (.text("2024-04-05"), .integer(40)),
            (.text("2024-05-09"), .null), (.null, .integer(3)),
        ]
        let s = try SeriesPreparation.prepare(table(rows), x: "d", y: "v")
        #expect(s.grain == .month)
        #expect(s.dates == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"])
        #expect(s.values == [15, 20, 30, 40])
        #expect(s.gaps == ["2024-03-01"])
        #expect(s.mergedRows == 1)
        #expect(s.droppedRows == 2)
    }

    @Test("quarter labels, weekly dates on Fridays and integer years keep their own spacing")
    func grains() throws {
        let q = try SeriesPreparation.prepare(
            table([(.text("2023-Q3"), .real(1)), (.text("2023-Q4"), .real(2))]), x: "d", y: "v")
        #expect(q.grain == .quarter)
        #expect(q.nextDates(2) == ["2024-01-01", "2024-04-01"])
        let fridays = ["2024-02-23", "2024-03-01", "2024-03-08"]
        let w = try SeriesPreparation.prepare(table(fridays.map { (.text($0), .real(1)) }), x: "d", y: "v")
        #expect(w.grain == .week)
        #expect(w.dates == fridays)
        #expect(w.nextDates(2) == ["2024-03-15", "2024-03-22"])
        let y = try SeriesPreparation.prepare(
            table([(.integer(2019), .real(1)), (.integer(2021), .real(3))]), x: "d", y: "v")
        #expect(y.grain == .year)
        #expect(y.values == [1, 2, 3])
        #expect(y.nextDates(1) == ["2022-01-01"])
        let quarterly = ["2022-03-15", "2022-06-15", "2022-09-15"]
        let qd = try SeriesPreparation.prepare(table(quarterly.map { (.text($0), .real(1)) }), x: "d", y: "v")
        #expect(qd.grain == .quarter)
        #expect(qd.nextDates(1) == ["2022-12-15"])
    }

    @Test("non-date x, text y and unknown columns are errors naming the column")
    func errors() {
        #expect(throws: AnalysisError("column \"d\" must hold dates, but it holds \"north\"")) {
            try SeriesPreparation.prepare(self.table([(.text("north"), .real(1))]), x: "d", y: "v")
        }
        #expect(throws: AnalysisError("column \"v\" must be numeric, but it holds \"ten\"")) {
            try SeriesPreparation.prepare(self.table([(.text("2024-01-01"), .text("ten"))]), x: "d", y: "v")
        }
        #expect(throws: AnalysisError("there is no column named \"z\"")) {
            try SeriesPreparation.prepare(self.table([]), x: "d", y: "z")
        }
    }
}
