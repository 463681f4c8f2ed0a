import Foundation

/// A page after its queries ran: the body HTML, the files to export and what the manifest records.
struct EvaluatedPage: Sendable {
    struct Query: Sendable {
        var name: String
        var key: String
        var rows: Int
        var variant: String
    }

    var instance: PageInstance
    var body: String
    /// Output-relative path → file content.
    var exports: [(path: String, content: String)]
    var queries: [Query]
    /// The page as a PDF (default input variant), when the build asks for PDFs.
    var pdf: Data? = nil
}
