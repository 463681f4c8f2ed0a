/// The bounds of exports and the size of their cache (`AISER_EXPORT_*`): no request can make
/// the server draw a picture beyond them.
public struct ExportLimits: Sendable, Equatable {
    /// Smallest `width`/`height` in pixels.
    public var minimumSize = 100
    /// Largest `width`/`height` in pixels.
    public var maximumSize = 4000
    /// Largest PNG pixel ratio (`scale`).
    public var maximumScale = 4
    /// Largest PNG in pixels: `width × height × scale²` (40 megapixels, 160 MB of RGBA).
    public var maximumPixels = 40_000_000
    /// Chart exports kept in the export cache (0 turns it off).
    public var cacheEntries = 256
    /// Bytes the export cache may hold in all (64 MiB).
    public var cacheBytes = 64 * 1024 * 1024

    public init() {}

    var sizes: ClosedRange<Int> { minimumSize...max(minimumSize, maximumSize) }
    var scales: ClosedRange<Int> { 1...maximumScale }
}
