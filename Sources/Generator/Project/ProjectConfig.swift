/// The settings of a project, read from `aiser.yml`. Every key is optional.
public struct ProjectConfig: Sendable, Equatable {
    /// Site title, shown in the navigation and the page titles. Default `Dashboards`.
    public var title = "Dashboards"
    /// Colour scheme of the pages. Default `auto`.
    public var theme = PageTheme.auto
    /// Explicit sources; `nil` means every data file under `data/` is a table named after its stem.
    public var sources: [SourceSpec]?
    /// Render raw HTML written in Markdown instead of escaping it. Default `false`.
    public var allowHTML = false
    /// Show every SQL block's text in the page. Default `false`.
    public var showSQL = false
    /// The most input combinations precomputed for one page. Default 64.
    public var maxVariants = 64
    /// Rows a table block shows when it sets no `limit`. Default 20.
    public var tableLimit = 20
    /// Paper of the PDFs `aiser build --pdf` writes. Default A4.
    public var pdfPageSize = PDFPageSize.a4

    public init() {}
}
