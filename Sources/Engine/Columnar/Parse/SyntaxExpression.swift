/// An SQL expression as written (names not yet resolved).
indirect enum SyntaxExpression: Equatable {
    case literal(SQLValue)
    case parameter(String)
    /// A column name, optionally qualified by a table name or alias; `quoted` when written in quotes.
    case column(table: String?, name: String, quoted: Bool)
    case unary(String, SyntaxExpression)
    case binary(String, SyntaxExpression, SyntaxExpression)
    /// A function or aggregate call; `star` for `count(*)`.
    case call(name: String, arguments: [SyntaxExpression], distinct: Bool, star: Bool)
    case caseWhen(base: SyntaxExpression?, branches: [CaseBranch], otherwise: SyntaxExpression?)
    case inList(SyntaxExpression, [SyntaxExpression], negated: Bool)
    case between(SyntaxExpression, SyntaxExpression, SyntaxExpression, negated: Bool)
    case isNull(SyntaxExpression, negated: Bool)
    /// `a IS b` / `a IS NOT b` (NULL-safe equality).
    case isDistinct(SyntaxExpression, SyntaxExpression, negated: Bool)
    case like(SyntaxExpression, SyntaxExpression, negated: Bool)
    case cast(SyntaxExpression, type: String)
    case subquery(SelectStatement)

    /// One `WHEN … THEN …` of a CASE.
    struct CaseBranch: Equatable {
        var when: SyntaxExpression
        var then: SyntaxExpression
    }
}
