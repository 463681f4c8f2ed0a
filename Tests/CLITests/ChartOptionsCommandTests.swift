import Foundation
import TestSupport
import Testing

@Suite("aiser chart --theme FILE and --date-format")
struct ChartOptionsCommandTests {
    @Test("a theme file colours the chart; a bad one is one clear line")
    func themeFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let data = try dir.write("m.csv", "month,revenue\n2024-01-01,5\n2024-02-01,7\n2024-03-01,6\n")
        let theme = try dir.write(
            "brand.json",
            ##"{"name":"brand","background":"#fafafa","text":"#111111","mutedText":"#555555","grid":"#dddddd","axis":"#999999","palette":["#7a1fa2"],"positive":"#008800","negative":"#aa0000","rampLow":"#ffffff","rampHigh":"#7a1fa2","fontFamily":"DejaVu Sans"}"##
        )
        let out = dir.path("c.svg")
        let r = try AiserBinary.run([
            "chart", "--data", data, "--type", "bar", "--x", "month", "--y", "revenue", "--grain", "month",
            "--theme", theme, "--date-format", "%b '%y", "--out", out,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("#7a1fa2"))
        #expect(svg.contains("#fafafa"))
        #expect(svg.contains(">Feb &apos;24<") || svg.contains(">Feb &#39;24<") || svg.contains(">Feb '24<"))

        let bad = try dir.write("bad.json", #"{"name":"x"}"#)
        let e = try AiserBinary.run([
            "chart", "--data", data, "--type", "bar", "--x", "month", "--y", "revenue", "--theme", bad, "--out", out,
        ])
        #expect(e.status == 1)
        #expect(e.stderr.hasPrefix("\(bad): the theme has no"))
    }
}
