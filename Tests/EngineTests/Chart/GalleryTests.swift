import Foundation
import Testing

@testable import Engine

@Suite("Chart gallery")
struct GalleryTests {
    @Test("every gallery chart renders as its golden SVG, light and dark (AISER_UPDATE_GOLDEN=1 rewrites)")
    func goldens() throws {
        let entries = try Gallery.load()
        #expect(entries.count >= 20)
        let update = ProcessInfo.processInfo.environment["AISER_UPDATE_GOLDEN"] == "1"
        let pngDir = ProcessInfo.processInfo.environment["AISER_GALLERY_PNG"]
        for entry in entries {
            for theme in ["light", "dark"] {
                let svg = Gallery.render(entry, theme: theme)
                let url = Gallery.goldenDirectory.appendingPathComponent("\(entry.name)-\(theme).svg")
                if update {
                    try svg.write(to: url, atomically: true, encoding: .utf8)
                } else {
                    let golden = try String(contentsOf: url, encoding: .utf8)
                    #expect(svg == golden, "\(entry.name)-\(theme) differs from its golden file")
                }
                if let pngDir {
                    let png = try Raster.png(svg: svg, scale: 1.5)
                    try png.write(to: URL(fileURLWithPath: pngDir).appendingPathComponent("\(entry.name)-\(theme).png"))
                }
            }
        }
    }

    @Test("every gallery chart is valid XML with a title, a description and a tooltip on each mark")
    func wellFormed() throws {
        for entry in try Gallery.load() {
            let svg = try SVGOutline(Gallery.render(entry, theme: "light"))
            #expect(svg.root.name == "svg")
            #expect(svg.root.attributes["role"] == "img")
            #expect(svg.root.attributes["viewBox"] != nil)
            #expect(svg.child("title", of: svg.root)?.text.isEmpty == false)
            #expect(svg.child("desc", of: svg.root)?.text.hasSuffix(".") == true, "\(entry.name)")
            let markClasses = ["bars", "points", "cells", "slices"]
            for mark in svg.elements
            where ["rect", "circle", "path"].contains(mark.name)
                && markClasses.contains(where: { svg.inside(mark, class: $0) })
            {
                #expect(svg.child("title", of: mark) != nil, "\(entry.name): a mark without a tooltip")
            }
        }
    }

    @Test("rendering is deterministic: the same input gives byte-identical output")
    func deterministic() throws {
        for entry in try Gallery.load() {
            #expect(Gallery.render(entry, theme: "dark") == Gallery.render(entry, theme: "dark"))
        }
    }
}
