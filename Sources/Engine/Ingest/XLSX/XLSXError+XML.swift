extension XLSXError {
    /// The error for malformed or refused XML in `part`, located by line and column in that part.
    init(_ error: XMLError, part: String, in tokenizer: XMLTokenizer, path: String) {
        let (line, column) = tokenizer.location(of: error.offset)
        let kind: Kind = error.kind == .forbiddenDeclaration ? .forbiddenDeclaration : .malformed
        self.init(kind, path: path, "\(part) line \(line), column \(column): \(error.message)")
    }
}

extension XLSXArchive {
    /// Runs `body` over a tokenizer for `bytes` of `part`, turning XML errors into `XLSXError`s.
    func parse<T>(_ part: String, _ bytes: [UInt8], _ body: (inout XMLTokenizer) throws -> T) throws -> T {
        var tokenizer = XMLTokenizer(bytes: bytes)
        do {
            return try body(&tokenizer)
        } catch let error as XMLError {
            throw XLSXError(error, part: part, in: tokenizer, path: path)
        }
    }
}
