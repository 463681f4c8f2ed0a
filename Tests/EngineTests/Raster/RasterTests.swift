import CRsvg
import Foundation
import Testing

@testable import Engine

@Suite("PNG and PDF")
struct RasterTests {
    let chart: ChartData = {
        var c = ChartData(
            type: .bar, labels: ["North", "South"], datasets: [ChartDataset(label: "Sales", data: [3, 5])])
        c.options.title = "Quarterly Sales Report"
        return c
    }()

    /// Decodes a PNG with cairo and returns (width, height, ARGB at a point).
    func decode(_ png: Data, at point: (Int, Int)) throws -> (Int, Int, UInt32) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-\(UUID().uuidString).png")
        try png.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = try #require(cairo_image_surface_create_from_png(url.path))
        defer { cairo_surface_destroy(surface) }
        #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        let pixel = data.advanced(by: point.1 * stride + point.0 * 4).withMemoryRebound(to: UInt32.self, capacity: 1) {
            $0.pointee
        }
        return (w, h, pixel)
    }

    @Test("PNG has the PNG signature, the requested size times the scale and the theme background")
    func png() throws {
        let png = try Raster.png(svg: ChartRenderer.svg(chart, width: 400, height: 300), scale: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16…23.
        let be = { (o: Int) in png[o..<(o + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be(16) == 800 && be(20) == 600)
        let (w, h, corner) = try decode(png, at: (2, 2))
        #expect(w == 800 && h == 600)
        #expect(corner == 0xFFFF_FFFF)  // opaque white
        var dark = chart
        dark.options.theme = "dark"
        let (_, _, darkCorner) = try decode(try Raster.png(svg: ChartRenderer.svg(dark)), at: (2, 2))
        #expect(darkCorner == 0xFF16_1B22)  // the dark theme's #161B22
    }

    @Test("a bar is drawn in the first palette colour")
    func barPixel() throws {
        let svg = ChartRenderer.svg(chart, width: 400, height: 300)
        let o = try SVGOutline(svg)
        let bar = try #require(o.all("rect").last { o.inside($0, class: "bars") })
        let x = Int(Double(bar.attributes["x"]!)! + Double(bar.attributes["width"]!)! / 2)
        let y = Int(Double(bar.attributes["y"]!)! + Double(bar.attributes["height"]!)! / 2)
        let (_, _, pixel) = try decode(try Raster.png(svg: svg), at: (x, y))
        #expect(pixel == 0xFF00_72B2)
    }

    @Test("a transparent PNG keeps alpha zero where nothing is drawn; a background colour fills it")
    func transparent() throws {
        let svg = ChartRenderer.svg(chart, transparent: true)
        let (_, _, p) = try decode(try Raster.png(svg: svg), at: (1, 1))
        #expect(p >> 24 == 0)
        let (_, _, q) = try decode(try Raster.png(svg: svg, background: "#FF0000"), at: (1, 1))
        #expect(q == 0xFFFF_0000)
    }

    @Test("bad input and sizes give errors, not crashes")
    func errors() {
        #expect(throws: RasterError.self) { try Raster.png(svg: "not svg") }
        #expect(throws: RasterError.self) { try Raster.png(svg: "") }
        #expect(throws: RasterError.self) { try Raster.png(svg: ChartRenderer.svg(chart), scale: 0) }
        #expect(throws: RasterError.self) { try Raster.pdf(pages: [], pageWidth: 100, pageHeight: 100) }
    }

    static let poppler = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    func run(_ tool: String, _ pdf: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-\(UUID().uuidString).pdf")
        try pdf.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        p.arguments = tool == "pdftotext" ? [url.path, "-"] : [url.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        // Collapse runs of spaces so pdfinfo's column alignment does not matter.
        return String(decoding: data, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true).joined(
            separator: " ")
    }

    @Test("the PDF is vector with selectable text: pdftotext finds the title", .enabled(if: poppler))
    func pdf() throws {
        let pdf = try Raster.pdf(svg: ChartRenderer.svg(chart))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let text = try run("pdftotext", pdf)
        #expect(text.contains("Quarterly Sales Report"))
        #expect(text.contains("North"))
        #expect(try run("pdfinfo", pdf).contains("Page size: 640 x 360 pts"))
    }

    @Test("a multi-page PDF has one page per SVG at the given page size", .enabled(if: poppler))
    func multiPage() throws {
        var second = chart
        second.options.title = "Second Page Chart"
        let pdf = try Raster.pdf(
            pages: [ChartRenderer.svg(chart), ChartRenderer.svg(second), ChartRenderer.svg(chart)],
            pageWidth: 842, pageHeight: 595, margin: 36)
        let info = try run("pdfinfo", pdf)
        #expect(info.contains("Pages: 3"))
        #expect(info.contains("842 x 595 pts"))
        #expect(try run("pdftotext", pdf).contains("Second Page Chart"))
    }
}
