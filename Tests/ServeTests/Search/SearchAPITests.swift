import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Search: GET /search over the full-text index")
struct SearchAPITests {
    /// Searches as `token`; answers the results and total.
    static func search(_ c: Client, _ q: String, token: String, extra: String = "") async throws -> (
        results: [[String: Any]], total: Int, answer: Client.Answer
    ) {
        let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
        let r = try await c.call(.get, "/api/v1/search?q=\(encoded)\(extra)", token: token)
        try #require(r.status == .ok, "q=\(q): \(r.body)")
        return (r.data["results"] as? [[String: Any]] ?? [], r.data["total_results"] as? Int ?? -1, r)
    }

    static func dashboard(_ c: Client, _ name: String, _ description: String, token: String) async throws -> String {
        try await c.createDashboard(name, charts: [], token: token, extra: ["description": description])
    }

    @Test("ranking: the obvious best match first, scores in (0, 1] falling; words all required")
    func ranking() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let best = try await Self.dashboard(c, "Sales performance", "Monthly view", token: admin)
            let second = try await Self.dashboard(
                c, "Quarterly review", "Sales and performance figures by quarter", token: admin)
            _ = try await Self.dashboard(c, "Sales pipeline", "Open deals", token: admin)
            _ = try await Self.dashboard(c, "Marketing performance", "Campaigns", token: admin)
            let found = try await Self.search(c, "sales performance", token: admin)
            #expect(found.results.compactMap { $0["id"] as? String } == [best, second])
            #expect(found.total == 2)
            let scores = found.results.compactMap { $0["relevance_score"] as? Double }
            #expect(scores.count == 2 && scores.allSatisfy { $0 > 0 && $0 <= 1 } && scores[0] > scores[1])
            #expect(found.results.first?["type"] as? String == "dashboard")
            #expect(found.results.first?["title"] as? String == "Sales performance")
            #expect(found.results.first?["description"] as? String == "Monthly view")
            #expect(found.results.first?["created_at"] is String)
            #expect(found.answer.data["query"] as? String == "sales performance")
            let paged = try await Self.search(c, "performance", token: admin, extra: "&limit=1&page=2")
            #expect(paged.total == 3 && paged.results.count == 1)
            let pagination = paged.answer.data["pagination"] as? [String: Any]
            #expect(pagination?["page"] as? Int == 2 && pagination?["pages"] as? Int == 3)
        }
    }

    @Test("prefixes, case, accents and typos in words of five or more letters")
    func matching() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let sales = try await Self.dashboard(c, "Sales performance", "Revenue figures", token: admin)
            let nord = try await Self.dashboard(c, "Région Nord", "Équipe", token: admin)
            func ids(_ q: String) async throws -> [String] {
                try await Self.search(c, q, token: admin).results.compactMap { $0["id"] as? String }
            }
            #expect(try await ids("perf") == [sales])
            #expect(try await ids("REV") == [sales])
            #expect(try await ids("region nord") == [nord])
            #expect(try await ids("RÉGION") == [nord])
            #expect(try await ids("equipe") == [nord])
            #expect(try await ids("perfromance") == [sales])
            #expect(try await ids("revnue") == [sales])
            #expect(try await ids("slaes") == [sales])
            // Four letters tolerate no typo.
            #expect(try await ids("nrod").isEmpty)
            #expect(try await ids("zzzzzz").isEmpty)
        }
    }

    @Test("every FTS5 special character is text: never an error, never syntax")
    func specialCharacters() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            // The description holds the words FTS5 would read as operators or column names: found
            // only if they are taken as text (and `-performance` would exclude it as syntax).
            let sales = try await Self.dashboard(
                c, "Sales performance", "Revenue figures near the title and name, or not", token: admin)
            let withWord = [
                "sales\"", "\"sales", "sales*", "*sales", "-sales", "sales -performance", "^sales", "sales^",
                "name:sales", "title:sales", "NEAR(sales performance)", "NEAR(sales", "sales)", "(sales",
                "sales AND", "sales OR", "OR sales", "NOT sales", "sales NOT", "sales + performance", "{sales}",
                "sales'", "sales\\", "sales;--", "sales %", "sales_performance", "sales.performance", "sales/",
                "\"sales performance\"", "sales\u{0}",
            ]
            for q in withWord {
                let found = try await Self.search(c, q, token: admin)
                #expect(found.results.compactMap { $0["id"] as? String } == [sales], "q=\(q)")
            }
            for q in ["\"", "*", "^", ":", "-", "(", ")", "\"*\"", "NEAR(", "AND", "OR", "NOT", "+", "{}", "'", "%"] {
                let found = try await Self.search(c, q, token: admin)
                #expect(found.total >= 0, "q=\(q)")
            }
            for q in ["", "%20%20", "%09"] {
                let r = try await c.call(.get, "/api/v1/search?q=\(q)", token: admin)
                #expect(r.status == .unprocessableContent && r.errorCode == "VALIDATION_ERROR", "q=\(q)")
            }
            let none = try await c.call(.get, "/api/v1/search", token: admin)
            #expect(none.status == .unprocessableContent)
            let badType = try await c.call(.get, "/api/v1/search?q=sales&type=widgets", token: admin)
            #expect(badType.status == .unprocessableContent)
        }
    }

    @Test("other organizations are invisible, totals included; users only for those who may list them")
    func permissions() async throws {
        try await TestServer().test { c in
            let root = try await c.adminToken()
            let a = try await c.organization("Acme", adminToken: root)
            let b = try await c.organization("Bolt", adminToken: root)
            _ = try await Self.dashboard(c, "Sales performance", "Acme's", token: a.token)
            for i in 0..<3 { _ = try await Self.dashboard(c, "Sales secret \(i)", "Bolt's", token: b.token) }
            let seen = try await Self.search(c, "sales", token: a.token)
            #expect(seen.total == 1 && seen.results.count == 1)
            #expect(!seen.answer.body.contains("secret"))
            let member = try await c.call(
                .post, "/api/v1/users", token: a.token,
                json: [
                    "email": "salesperson@acme.test", "password": "password-member", "role": "user",
                    "first_name": "Sally", "last_name": "Salesperson",
                ])
            try #require(member.status == .created, "\(member.body)")
            let admins = try await Self.search(c, "salesperson", token: a.token, extra: "&type=users")
            #expect(admins.total == 1)
            #expect(admins.results.first?["type"] as? String == "user")
            #expect(admins.results.first?["description"] as? String == "salesperson@acme.test")
            let memberToken = try await c.login("salesperson@acme.test", "password-member").access
            let members = try await Self.search(c, "salesperson", token: memberToken)
            #expect(members.total == 0 && members.results.isEmpty)
            let fromB = try await Self.search(c, "salesperson", token: b.token)
            #expect(fromB.total == 0)
        }
    }

    @Test("the index follows every write: data sources by column name, renames and deletes")
    func followsWrites() async throws {
        try await TestServer().test { c in
            let admin = try await c.adminToken()
            let source = try await c.uploadSales(token: admin, name: "Quarterly ledger")
            let byColumn = try await Self.search(c, "region", token: admin, extra: "&type=data_sources")
            #expect(byColumn.results.compactMap { $0["id"] as? String } == [source])
            #expect(byColumn.results.first?["type"] as? String == "data_source")
            let chart = try await c.createChart("total revenue by region", source: source, token: admin)
            let charts = try await Self.search(c, "revenue by region", token: admin, extra: "&type=charts")
            #expect(charts.results.compactMap { $0["id"] as? String } == [chart])
            #expect(charts.results.first?["query"] as? String == "total revenue by region")
            let listed = try await c.call(
                .get, "/api/v1/analytics/charts?query=revenue%20by%20region", token: admin)
            let rows = listed.data["charts"] as? [[String: Any]] ?? []
            #expect(rows.compactMap { $0["chart_id"] as? String } == [chart])
            let id = try await Self.dashboard(c, "Old name", "", token: admin)
            let put = try await c.call(.put, "/api/v1/dashboards/\(id)", token: admin, json: ["name": "Fresh title"])
            #expect(put.status == .ok, "\(put.body)")
            #expect(try await Self.search(c, "old name", token: admin).total == 0)
            #expect(try await Self.search(c, "fresh", token: admin).total == 1)
            let named = try await c.call(.get, "/api/v1/dashboards?search=fresh%20titel", token: admin)
            #expect((named.data["dashboards"] as? [[String: Any]])?.count == 1)
            _ = try await c.call(.delete, "/api/v1/dashboards/\(id)", token: admin)
            #expect(try await Self.search(c, "fresh", token: admin).total == 0)
            _ = try await c.call(.delete, "/api/v1/analytics/chart/\(chart)", token: admin)
            #expect(try await Self.search(c, "revenue by region", token: admin, extra: "&type=charts").total == 0)
        }
    }
}
