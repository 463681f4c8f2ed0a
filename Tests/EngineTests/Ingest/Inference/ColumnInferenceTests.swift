import Testing

@testable import Engine

@Suite("Column type inference")
struct ColumnInferenceTests {
    func infer(_ values: [String], delimiter: Character = ",") -> (ColumnPlan, Bool) {
        var c = ColumnInference()
        for v in values {
            var v = v
            v.withUTF8 { c.observe(UnsafeRawBufferPointer($0)) }
        }
        let plan = c.plan(delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
        return (plan, c.isNullable(as: plan))
    }

    @Test("picks integer, decimal, boolean, date and datetime when every value agrees")
    func types() {
        #expect(infer(["1", "-2", "+3"]).0 == .integer(.plain))
        #expect(infer(["1", "2.5"]).0 == .decimal(.plain))
        #expect(infer(["9223372036854775808", "1"]).0 == .decimal(.plain))
        #expect(infer(["yes", "No", "TRUE", "f", "Y"]).0 == .boolean)
        #expect(infer(["2024-01-15", "2024-02-01"]).0 == .date(.iso))
        #expect(infer(["2024-01-15", "2024-02-01 10:00"]).0 == .datetime(.iso))
    }

    @Test("keeps 0/1 columns as integers and leading-zero codes as strings")
    func codes() {
        #expect(infer(["0", "1", "1"]).0 == .integer(.plain))
        #expect(infer(["00123", "12345"]).0 == .string)
        #expect(infer(["5%", "10%"]).0 == .string)
        #expect(infer(["$3.00"]).0 == .string)
    }

    @Test("keeps a column text when its values mix date formats")
    func mixedDates() {
        #expect(infer(["2024-01-15", "01/15/2024"]).0 == .string)
        #expect(infer(["03/04/2024", "12/11/2024"]).0 == .date(.monthDayYear))
        #expect(infer(["03/04/2024", "13/11/2024"]).0 == .date(.dayMonthYear))
        #expect(infer(["13/04/2024", "03/14/2024"]).0 == .string)
    }

    @Test("uses thousands separators only when all values agree")
    func grouping() {
        #expect(infer(["1,234", "12"]).0 == .integer(.commaGrouped))
        #expect(infer(["1,234.5", "1,000"]).0 == .decimal(.commaGrouped))
        #expect(infer(["1,234", "1,5"]).0 == .decimal(.dotGroupedDecimalComma))
        #expect(infer(["1,234", "1.2.3"]).0 == .string)
        #expect(infer(["1,234"], delimiter: ";").0 == .decimal(.dotGroupedDecimalComma))
    }

    @Test("treats empty values as NULL and markers as NULL only in typed columns")
    func nulls() {
        #expect(infer(["1", "", "2"]) == (.integer(.plain), true))
        #expect(infer(["1", "NA", "n/a", "-", "null", "#N/A"]) == (.integer(.plain), true))
        #expect(infer(["DE", "NA", "FR"]) == (.string, false))
        #expect(infer(["DE", "NA", " "]) == (.string, true))
        #expect(infer(["", "NA"]) == (.string, true))
        #expect(infer(["a", "b"]) == (.string, false))
    }

    @Test("reads typed fields from JSON and XLSX sources")
    func typedFields() {
        var c = ColumnInference()
        for f: Field in [.integer(1), .number(2), .missing, .text("3")] { c.observe(f) }
        #expect(c.plan() == .integer(.plain))
        #expect(c.isNullable(as: c.plan()))
        var d = ColumnInference()
        for f: Field in [.date("2024-01-01"), .datetime("2024-01-02 10:00:00")] { d.observe(f) }
        #expect(d.plan() == .datetime(.iso))
        var e = ColumnInference()
        for f: Field in [.boolean(true), .text("x")] { e.observe(f) }
        #expect(e.plan() == .string)
    }
}
