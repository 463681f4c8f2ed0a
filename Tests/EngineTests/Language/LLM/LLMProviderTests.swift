import Foundation
import Testing

@testable import Engine

@Suite("The optional model provider, against a local OpenAI-compatible server", .serialized)
struct LLMProviderTests {
    static let avgTipByDay =
        #"{"measures": [{"aggregate": "avg", "column": "tip"}], "dimensions": [{"column": "day"}]}"#

    func asker(_ server: FakeChatServer, mode: LLMSettings.Mode = .fallback, timeout: Double = 5) throws -> Asker {
        var asker = try Asker(connection: try DevelopmentSet.database(), tables: ["tips"], rollupThreshold: nil)
        asker.llm = LLMSettings(
            endpoint: server.baseURL, model: "test-model", apiKey: "sk-test", mode: mode, timeout: timeout)
        return asker
    }

    /// Average tip by day computed here, by SQL written in the test.
    func expectedAverages(_ asker: Asker) throws -> [String: Double] {
        let rows = try asker.connection.query("SELECT day, avg(tip) FROM tips GROUP BY day").rows
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0].string ?? "", $0[1].double ?? .nan) })
    }

    func values(_ a: Answer) -> [String: Double] {
        Dictionary(
            uniqueKeysWithValues: zip(a.chart.data.labels, a.chart.data.datasets[0].data.map { $0.number ?? .nan }))
    }

    @Test("speaks the chat completions protocol: the model's query answers what the offline engine refuses")
    func protocolAndAnswer() throws {
        let server = try FakeChatServer { _ in
            .init(body: FakeChatServer.completion("```json\n\(Self.avgTipByDay)\n```"))
        }
        defer { server.stop() }
        let asker = try asker(server)
        #expect(throws: LanguageError.self) {
            try Asker(connection: asker.connection, tables: ["tips"]).ask("zorblax quux")
        }
        let answer = try asker.ask("zorblax quux")
        let want = try expectedAverages(asker)
        #expect(values(answer).count == want.count)
        for (day, v) in want { #expect(abs((values(answer)[day] ?? .nan) - v) < 1e-9) }
        #expect(answer.interpretation.contains("read by test-model"))
        let request = try #require(server.requests.first)
        #expect(request.hasPrefix("POST /v1/chat/completions "))
        #expect(request.lowercased().contains("authorization: bearer sk-test"))
        let body = try JSONCoding.decode(
            JSONValue.self, from: Data(request[request.range(of: "\r\n\r\n")!.upperBound...].utf8))
        guard case .object(let o) = body, case .array(let messages)? = o["messages"] else {
            Issue.record("no messages in \(request)")
            return
        }
        #expect(o["model"] == .string("test-model"))
        let text = messages.map { m -> String in
            if case .object(let x) = m, case .string(let s)? = x["content"] { return s } else { return "" }
        }.joined()
        #expect(text.contains("total_bill") && text.contains("zorblax quux") && text.contains("Thur"))
        // The SQL run is the compiler's, with the model's column as an identifier.
        #expect(answer.sql.contains("avg(\"tip\")"))
    }

    @Test("in fallback mode a confident offline answer never calls the model; in always mode it does")
    func modes() throws {
        let server = try FakeChatServer { _ in
            .init(body: FakeChatServer.completion(#"{"measures": [{"aggregate": "max", "column": "tip"}]}"#))
        }
        defer { server.stop() }
        let offline = try asker(server).ask("average tip by day")
        #expect(server.requests.isEmpty)
        #expect(!offline.interpretation.contains("read by"))
        let model = try asker(server, mode: .always).ask("average tip by day")
        #expect(server.requests.count == 1)
        #expect(model.chart.data.datasets[0].data.first?.number == 10)
    }

    @Test(
        "falls back to the offline answer when the model's JSON does not fit the table, is not JSON, or is an HTTP error",
        arguments: [
            FakeChatServer.Reply(
                body: FakeChatServer.completion(#"{"measures": [{"aggregate": "avg", "column": "gratuity"}]}"#)),
            FakeChatServer.Reply(
                body: FakeChatServer.completion(#"{"measures": [{"aggregate": "avg", "column": "day"}]}"#)),
            FakeChatServer.Reply(
                body: FakeChatServer.completion(
                    #"{"measures": [{"aggregate": "sum", "column": "tip"}], "filters": [{"column": "size", "op": "between", "values": [2]}]}"#
                )),
            FakeChatServer.Reply(
                body: FakeChatServer.completion(#"{"measures": [{"aggregate": "drop table", "column": "tip"}]}"#)),
            FakeChatServer.Reply(body: FakeChatServer.completion("I cannot help with that.")),
            FakeChatServer.Reply(body: #"{"choices": []}"#),
            FakeChatServer.Reply(status: 500, body: #"{"error": {"message": "overloaded"}}"#),
        ])
    func fallback(_ reply: FakeChatServer.Reply) throws {
        let server = try FakeChatServer { _ in reply }
        defer { server.stop() }
        let asker = try asker(server, mode: .always)
        let answer = try asker.ask("average tip by day")
        #expect(server.requests.count == 1)
        #expect(!answer.interpretation.contains("read by"))
        let want = try expectedAverages(asker)
        for (day, v) in want { #expect(abs((values(answer)[day] ?? .nan) - v) < 1e-9) }
        // A question the offline engine refuses stays refused.
        #expect(throws: LanguageError.self) { try asker.ask("zorblax quux") }
    }

    @Test("a model that does not answer in time is not waited for")
    func timeout() throws {
        let server = try FakeChatServer { _ in .init(body: FakeChatServer.completion(Self.avgTipByDay), delay: 3) }
        defer { server.stop() }
        let asker = try asker(server, mode: .always, timeout: 0.5)
        let start = Date()
        let answer = try asker.ask("median tip")
        #expect(Date().timeIntervalSince(start) < 2.5)
        #expect(answer.chart.data.datasets[0].data.first?.number == 2.9)
    }

    @Test("settings come from the environment and are off by default")
    func environment() {
        #expect(LLMSettings(environment: [:]) == nil)
        #expect(LLMSettings(environment: ["AISER_LLM_URL": ""]) == nil)
        let s = LLMSettings(environment: [
            "AISER_LLM_URL": "http://127.0.0.1:8080/v1/", "AISER_LLM_MODEL": "llama", "AISER_LLM_MODE": "always",
            "AISER_LLM_TIMEOUT": "2.5",
        ])
        #expect(s?.endpoint.absoluteString == "http://127.0.0.1:8080/v1/chat/completions")
        #expect(s?.model == "llama" && s?.mode == .always && s?.timeout == 2.5 && s?.apiKey == nil)
        let full = LLMSettings(environment: ["AISER_LLM_URL": "https://api.example.com/v1/chat/completions"])
        #expect(full?.endpoint.absoluteString == "https://api.example.com/v1/chat/completions")
        #expect(full?.mode == .fallback && full?.timeout == 10)
    }
}
