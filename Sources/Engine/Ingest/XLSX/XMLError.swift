/// A malformed or refused XML document inside an .xlsx part, located by byte offset.
///
/// The XLSX layer turns it into an `XLSXError` that names the part, line and column.
struct XMLError: Error, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `<!DOCTYPE` or `<!ENTITY` (or any other markup declaration): refused outright, because
        /// DTDs are how external entities (XXE) and entity expansion bombs get in.
        case forbiddenDeclaration
        /// Anything else that is not well-formed XML.
        case malformed
    }

    let kind: Kind
    let message: String
    /// 0-based byte offset into the document where the problem was found.
    let offset: Int
}
