/// The injection corpus: SQL meant to break out of a string, a number, an identifier or a
/// LIKE pattern, stacked statements, UNIONs reaching for other tables, and questions that smuggle
/// SQL into the plain-language parser.
enum AttackStrings {
    static let sql = [
        "' OR '1'='1",
        "' OR 1=1 --",
        "\" OR \"\"=\"",
        "1; DROP TABLE users; --",
        "'; DELETE FROM charts; --",
        "') UNION SELECT email, password_hash, 1, 1 FROM users --",
        "%' OR name LIKE '%",
        "' || (SELECT group_concat(name) FROM organizations) || '",
        "x\" , (SELECT group_concat(password_hash) FROM users) AS \"y",
        "*/ OR 1=1 /*",
        "-1 OR 1=1",
        "\\'; ATTACH DATABASE '/tmp/aiser-injected.db' AS x; --",
        "\u{0}' OR 1=1",
        "total revenue by region; DROP TABLE sales_data",
        "total revenue where product = 'Alpha' OR 1=1 UNION SELECT name FROM organizations --",
    ]
}
