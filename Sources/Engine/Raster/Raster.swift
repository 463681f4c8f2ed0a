import CRsvg
import Foundation

/// PNG and vector PDF from SVG, drawn by librsvg onto cairo surfaces. Every call is
/// self-contained (its own handle and surface), so calls may run concurrently.
public enum Raster {
    /// A PNG of `svg` at `width`×`height` px (default: the SVG's own size) times `scale`.
    /// `background` (`#rrggbb`) fills the image first; `nil` keeps transparency.
    public static func png(
        svg: String, width: Int? = nil, height: Int? = nil, scale: Double = 1, background: String? = nil
    ) throws -> Data {
        let doc = try SVGDocument(svg)
        let w = Double(width ?? Int(doc.width.rounded())), h = Double(height ?? Int(doc.height.rounded()))
        guard scale > 0, scale <= 8, w >= 1, h >= 1, w * scale <= 16384, h * scale <= 16384 else {
            throw RasterError.invalidSize("\(Int(w))×\(Int(h)) at scale \(scale)")
        }
        let pw = Int32((w * scale).rounded()), ph = Int32((h * scale).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph) else {
            throw RasterError.renderFailed("no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RasterError.renderFailed("no cairo context") }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        if let background, let c = ColorText.rgb(background) {
            cairo_set_source_rgb(cr, Double(c.0) / 255, Double(c.1) / 255, Double(c.2) / 255)
            cairo_paint(cr)
        }
        try doc.render(on: cr, width: w, height: h)
        return try PNGWriter.png(of: surface)
    }

    /// A one-page vector PDF of `svg`, the page the size of the SVG (1 px = 1 pt).
    public static func pdf(svg: String) throws -> Data {
        let doc = try SVGDocument(svg)
        return try pdf(pages: [doc], pageWidth: doc.width, pageHeight: doc.height, margin: 0)
    }

    /// A multi-page vector PDF: one page of `pageWidth`×`pageHeight` pt per SVG document, each
    /// drawn inside `margin` pt, scaled to fit and centred.
    public static func pdf(pages svgs: [String], pageWidth: Double, pageHeight: Double, margin: Double = 0) throws
        -> Data
    {
        try pdf(pages: svgs.map(SVGDocument.init), pageWidth: pageWidth, pageHeight: pageHeight, margin: margin)
    }

    static func pdf(pages: [SVGDocument], pageWidth: Double, pageHeight: Double, margin: Double) throws -> Data {
        guard !pages.isEmpty else { throw RasterError.invalidSize("a PDF needs at least one page") }
        guard pageWidth >= 1, pageHeight >= 1, pageWidth <= 14400, pageHeight <= 14400, margin >= 0,
            margin * 2 < min(pageWidth, pageHeight)
        else { throw RasterError.invalidSize("page \(pageWidth)×\(pageHeight) pt with margin \(margin)") }
        let sink = ByteSink()
        guard let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.pointer, pageWidth, pageHeight)
        else {
            throw RasterError.renderFailed("no PDF surface")
        }
        guard let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw RasterError.renderFailed("no cairo context")
        }
        var failure: (any Error)?
        for doc in pages {
            let boxW = pageWidth - 2 * margin, boxH = pageHeight - 2 * margin
            let k = min(boxW / doc.width, boxH / doc.height)
            let w = doc.width * k, h = doc.height * k
            do {
                try doc.render(on: cr, x: margin + (boxW - w) / 2, y: margin + (boxH - h) / 2, width: w, height: h)
            } catch {
                failure = error
                break
            }
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        if let failure { throw failure }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RasterError.renderFailed(String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }
}
