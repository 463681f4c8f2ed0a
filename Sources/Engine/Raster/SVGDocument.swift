import CRsvg

/// A parsed SVG held by one librsvg handle; used and released within a single render call
/// (librsvg handles are not shared between threads).
final class SVGDocument {
    let handle: UnsafeMutablePointer<RsvgHandle>
    /// Intrinsic size in px (from width/height or the viewBox).
    let width: Double
    let height: Double

    init(_ svg: String) throws {
        var error: UnsafeMutablePointer<GError>?
        let bytes = Array(svg.utf8)
        guard !bytes.isEmpty else { throw RasterError.invalidSVG("the document is empty") }
        guard
            let h = bytes.withUnsafeBufferPointer({ rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
            )
        else { throw RasterError.invalidSVG(SVGDocument.take(error)) }
        handle = h
        var w = 0.0, hh = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hh) == 0 || w <= 0 || hh <= 0 {
            var ow: gboolean = 0, oh: gboolean = 0, ovb: gboolean = 0
            var lw = RsvgLength(), lh = RsvgLength(), vb = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(h, &ow, &lw, &oh, &lh, &ovb, &vb)
            w = ovb != 0 ? vb.width : 300
            hh = ovb != 0 ? vb.height : 150
        }
        width = w
        height = hh
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Draws the document scaled into `viewport` on `cr`.
    func render(on cr: OpaquePointer, x: Double = 0, y: Double = 0, width w: Double, height h: Double) throws {
        var viewport = RsvgRectangle(x: x, y: y, width: w, height: h)
        var error: UnsafeMutablePointer<GError>?
        if rsvg_handle_render_document(handle, cr, &viewport, &error) == 0 {
            throw RasterError.renderFailed(SVGDocument.take(error))
        }
    }

    /// The message of a GError, which is freed.
    static func take(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }
}
