import Foundation
import Synchronization
import Testing

@testable import Serve

/// The SSRF guard: URLs and resolver answers that must be refused, and DNS rebinding.
@Suite("Webhook SSRF guard")
struct URLGuardTests {
    /// Answers from a table; a name answered with a list of lists answers them in turn.
    final class Resolver: HostResolver {
        let answers: Mutex<[String: [[String]]]>
        init(_ answers: [String: [[String]]]) { self.answers = Mutex(answers) }
        func addresses(of host: String) async throws -> [IPAddress] {
            let next = answers.withLock { table -> [String] in
                guard var list = table[host], !list.isEmpty else { return [] }
                let first = list.removeFirst()
                table[host] = list.isEmpty ? [first] : list
                return first
            }
            guard !next.isEmpty else { throw WebhookError.unreachable("no such host") }
            return next.compactMap { IPAddress(literal: $0) }
        }
    }

    static let resolver = Resolver([
        "localhost.example": [["127.0.0.1"]], "metadata.example": [["169.254.169.254"]],
        "private.example": [["10.1.2.3"]], "mixed.example": [["93.184.216.34", "192.168.1.1"]],
        "v6-loopback.example": [["::1"]], "v6-ula.example": [["fd00::1"]], "cgnat.example": [["100.64.0.1"]],
        "mapped.example": [["::ffff:10.0.0.1"]], "public.example": [["93.184.216.34"]],
        "rebind.example": [["93.184.216.34"], ["127.0.0.1"]],
    ])

    static let refused: [String] = [
        "http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/",
        "http://0x7f.0.0.1/", "http://017700000001/", "http://0.0.0.0/", "http://0/", "http://10.0.0.1/",
        "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.1.1/", "http://100.127.255.254/", "http://224.0.0.1/", "http://239.255.255.250/",
        "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.2.10/", "http://198.18.0.1/",
        "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:7f00:1]/", "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
        "http://[ff02::1]/",
        "http://[2001:db8::1]/", "http://[64:ff9b::a00:1]/", "http://localhost.example/", "http://metadata.example/",
        "http://private.example/", "http://mixed.example/", "http://v6-loopback.example/", "http://v6-ula.example/",
        "http://cgnat.example/", "http://mapped.example/", "ftp://public.example/", "file:///etc/passwd",
        "gopher://public.example/", "http://user:pass@public.example/", "http://", "not a url",
        "http://unknown.example/",
    ]

    @Test("refuses every address that is not public unicast", arguments: refused)
    func refuses(_ url: String) async throws {
        let guard_ = URLGuard(resolver: Self.resolver, allowPrivate: false, requireHTTPS: false)
        await #expect(throws: WebhookError.self) { _ = try await guard_.check(url) }
    }

    @Test("accepts a public address and pins it")
    func accepts() async throws {
        let guard_ = URLGuard(resolver: Self.resolver, allowPrivate: false, requireHTTPS: false)
        let target = try await guard_.check("http://public.example:8080/in?x=1")
        #expect(target.address == .v4([93, 184, 216, 34]))
        #expect(target.port == 8080)
        #expect(target.path == "/in?x=1")
        #expect(try await guard_.check("https://[2606:4700::1111]/").address.description == "[2606:4700::1111]")
    }

    @Test("production requires https")
    func productionHTTPS() async throws {
        let guard_ = URLGuard(resolver: Self.resolver, allowPrivate: false, requireHTTPS: true)
        await #expect(throws: WebhookError.refused("production requires https")) {
            _ = try await guard_.check("http://public.example/")
        }
        _ = try await guard_.check("https://public.example/")
    }

    @Test("DNS rebinding: a name that later resolves to loopback is refused at delivery")
    func rebinding() async throws {
        let guard_ = URLGuard(resolver: Self.resolver, allowPrivate: false, requireHTTPS: false)
        _ = try await guard_.check("http://rebind.example/hook")
        await #expect(throws: WebhookError.self) { _ = try await guard_.check("http://rebind.example/hook") }
    }

    @Test("the private-address setting lets local receivers through")
    func allowPrivate() async throws {
        let guard_ = URLGuard(resolver: Self.resolver, allowPrivate: true, requireHTTPS: false)
        #expect(try await guard_.check("http://127.0.0.1:9/").address == .v4([127, 0, 0, 1]))
    }
}
