/// A parsed `SELECT` over one table, in the subset the columnar engine runs.
struct SelectStatement: Equatable {
    /// One result column as written.
    enum Item: Equatable {
        /// `*` or `table.*`.
        case all(table: String?)
        /// An expression, its alias and its text as written (SQLite names the column after it).
        case expression(SyntaxExpression, alias: String?, text: String)
    }

    /// One ORDER BY term.
    struct OrderTerm: Equatable {
        var expression: SyntaxExpression
        var descending: Bool
    }

    var distinct = false
    var items: [Item] = []
    var table = ""
    var tableAlias: String?
    var filter: SyntaxExpression?
    var groupBy: [SyntaxExpression] = []
    var having: SyntaxExpression?
    var orderBy: [OrderTerm] = []
    var limit: SyntaxExpression?
    var offset: SyntaxExpression?
}
