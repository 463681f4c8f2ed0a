import Testing

@testable import Engine

@Suite("Number formats and Excel date serials")
struct CellDateKindTests {
    @Test(
        "custom format codes",
        arguments: [
            ("yyyy-mm-dd", CellDateKind.date), ("d/m/yy h:mm", .datetime), ("[$-409]mmm d, yyyy", .date),
            ("mmm-yy", .date), ("dd/mm/yyyy;@", .date), ("yyyy-mm-dd hh:mm:ss.000", .datetime),
            ("h:mm AM/PM", .time), ("[h]:mm:ss", .time), ("mm:ss", .time),
            ("0.00%", .plain), ("#,##0", .plain), ("General", .plain), ("0.00E+00", .plain),
            ("\"day\" 0", .plain), ("0\\d", .plain), ("[Red]#,##0;[Blue]-#,##0", .plain),
            ("[$€-2] #,##0.00", .plain), ("_(* #,##0_)", .plain), ("#,##0 \"m/s\"", .plain),
        ])
    func customCodes(code: String, expected: CellDateKind) {
        #expect(CellDateKind(code: code) == expected)
    }

    @Test("built-in format ids")
    func builtIns() {
        #expect((14...17).allSatisfy { CellDateKind(builtIn: $0) == .date })
        #expect(CellDateKind(builtIn: 22) == .datetime)
        #expect([18, 19, 20, 21, 45, 46, 47].allSatisfy { CellDateKind(builtIn: $0) == .time })
        #expect([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 44, 48, 49].allSatisfy { CellDateKind(builtIn: $0) == .plain })
    }

    @Test("1900 system, with Excel's fictitious 1900-02-29 at serial 60")
    func system1900() {
        func date(_ serial: Double) -> Field? { ExcelDate.field(serial: serial, uses1904: false, datetime: false) }
        #expect(date(1) == .date("1900-01-01"))
        #expect(date(59) == .date("1900-02-28"))
        #expect(date(60) == .date("1900-03-01"))
        #expect(date(61) == .date("1900-03-01"))
        #expect(date(45306) == .date("2024-01-15"))
        #expect(date(2_958_465) == .date("9999-12-31"))
        #expect(date(45306.75) == .datetime("2024-01-15 18:00:00"))
        #expect(date(45306.000_005_787) == .datetime("2024-01-15 00:00:00.500"))
        #expect(date(-1) == nil)
        #expect(date(3_000_000) == nil)
        #expect(date(.nan) == nil)
    }

    @Test("1904 system, midnight date-times and times of day")
    func system1904() {
        #expect(ExcelDate.field(serial: 0, uses1904: true, datetime: false) == .date("1904-01-01"))
        #expect(ExcelDate.field(serial: 43844, uses1904: true, datetime: false) == .date("2024-01-15"))
        #expect(ExcelDate.field(serial: 43844, uses1904: true, datetime: true) == .datetime("2024-01-15 00:00:00"))
        #expect(ExcelDate.field(serial: 45306.999_999_999, uses1904: false, datetime: false) == .date("2024-01-16"))
        #expect(ExcelDate.timeOfDay(0.573_263_888_888_888_9) == .text("13:45:30"))
        #expect(ExcelDate.timeOfDay(0) == .text("00:00:00"))
    }

    @Test("cell references")
    func references() {
        func ref(_ s: String) -> CellReference? { CellReference(ArraySlice(Array(s.utf8))) }
        #expect(ref("A1") == CellReference(ArraySlice(Array("a1".utf8))))
        #expect(ref("C5")?.column == 3)
        #expect(ref("C5")?.row == 5)
        #expect(ref("AA10")?.column == 27)
        #expect(ref("XFD1048576")?.column == 16_384)
        #expect(ref("XFE1") == nil)
        #expect(ref("A1048577") == nil)
        #expect(ref("5") == nil)
        #expect(ref("A0") == nil)
        #expect(ref("A1B") == nil)
    }
}
