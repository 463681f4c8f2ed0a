/// A place in a project file: used to point errors at the text that caused them.
struct SourceLocation: Sendable, Equatable, Hashable {
    var path: String
    var line: Int
    var column: Int

    init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// An error at this place.
    func error(_ message: String) -> GeneratorError {
        GeneratorError(path: path, line: line, column: column, message)
    }

    /// The location `lines` lines below this one, at `column`.
    func offset(lines: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: lines == 0 ? self.column + column - 1 : column)
    }
}
