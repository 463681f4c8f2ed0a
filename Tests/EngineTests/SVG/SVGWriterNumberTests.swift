import Testing

@testable import Engine

@Suite("SVGWriter: the one way coordinates become text")
struct SVGWriterNumberTests {
    @Test("at most two decimals, no trailing .0, non-finite is 0")
    func numbers() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(3.14159) == "3.14")
        #expect(SVGWriter.number(-0.5) == "-0.5")
        #expect(SVGWriter.number(19.164) == "19.16")
        #expect(SVGWriter.number(.nan) == "0")
        #expect(SVGWriter.points([(0, 19.164), (30, 2)]) == "0,19.16 30,2")
    }

    @Test("elements escape their attributes and text")
    func markup() {
        var svg = SVGWriter()
        svg.open("a", [("href", "https://x.test/?a=1&b=2")])
        svg.element("text", [("x", SVGWriter.number(1.005))], text: "<b> & \"q\"")
        svg.close("a")
        #expect(
            svg.output
                == "<a href=\"https://x.test/?a=1&amp;b=2\"><text x=\"1\">&lt;b&gt; &amp; &quot;q&quot;</text></a>")
    }
}
