import Foundation
import HTTPTypes
import Testing

@testable import Serve

@Suite("Rate limiting")
struct RateLimiterTests {
    @Test("the defaults are the reference's table")
    func defaults() {
        let r = RateLimits()
        #expect(r[.auth] == 5 && r[.analytics] == 100 && r[.ai] == 50 && r[.data] == 20 && r[.users] == 10)
        #expect(r.windowSeconds == 60)
    }

    @Test("a window allows the limit, then refuses until it resets")
    func window() {
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_010))
        var limits = RateLimits()
        limits[.auth] = 2
        let limiter = RateLimiter(limits: limits, now: clock.function)
        let a = limiter.check(.auth, key: "k"), b = limiter.check(.auth, key: "k"), c = limiter.check(.auth, key: "k")
        #expect(a.allowed && a.remaining == 1 && b.allowed && b.remaining == 0 && !c.allowed)
        #expect(c.reset == 1_800_000_060 && c.retryAfter == 50)
        #expect(limiter.check(.auth, key: "other").allowed)
        #expect(limiter.check(.data, key: "k").allowed)
        clock.advance(49)
        #expect(!limiter.check(.auth, key: "k").allowed)
        clock.advance(1)
        #expect(limiter.check(.auth, key: "k").allowed)
    }

    @Test("concurrent requests never exceed the limit")
    func concurrency() async {
        var limits = RateLimits()
        limits[.data] = 37
        let limiter = RateLimiter(limits: limits, now: { Date(timeIntervalSince1970: 1_800_000_000) })
        let allowed = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<500 { group.addTask { limiter.check(.data, key: "same").allowed } }
            var n = 0
            for await ok in group where ok { n += 1 }
            return n
        }
        #expect(allowed == 37)
    }

    @Test("responses carry the headers; users are counted apart from anonymous callers")
    func headers() async throws {
        var limits = RateLimits.uniform(1000)
        limits[.users] = 3
        try await TestServer(rateLimits: limits).test { c in
            let admin = try await c.adminToken()
            let r = try await c.call(.get, "/api/v1/users", token: admin)
            #expect(r.header("X-RateLimit-Limit") == "3")
            #expect(r.header("X-RateLimit-Remaining") == "2")
            #expect(Int(r.header("X-RateLimit-Reset") ?? "") != nil)
            _ = try await c.call(.get, "/api/v1/users", token: admin)
            _ = try await c.call(.get, "/api/v1/users", token: admin)
            #expect(try await c.call(.get, "/api/v1/users", token: admin).status == .tooManyRequests)
            // Anonymous callers have their own bucket (and get 401, not 429).
            #expect(try await c.call(.get, "/api/v1/users").status == .unauthorized)
            // Unknown routes carry headers too.
            #expect(try await c.call(.get, "/api/v1/nope").header("X-RateLimit-Limit") == "1000")
        }
    }

    @Test("forwarded addresses count only from trusted proxies")
    func forwarded() async throws {
        var limits = RateLimits.uniform(1000)
        limits[.auth] = 1
        try await TestServer(rateLimits: limits, configure: { $0.trustedProxies = ["unknown"] }).test { c in
            let login = ["email": "x@y.zz", "password": "whatever1"]
            let first = try await c.call(
                .post, "/api/v1/auth/login", json: login, headers: ["X-Forwarded-For": "10.0.0.1"])
            let second = try await c.call(
                .post, "/api/v1/auth/login", json: login, headers: ["X-Forwarded-For": "10.0.0.2"])
            let third = try await c.call(
                .post, "/api/v1/auth/login", json: login, headers: ["X-Forwarded-For": "10.0.0.1"])
            #expect(first.status == .unauthorized && second.status == .unauthorized && third.status == .tooManyRequests)
        }
        try await TestServer(rateLimits: limits).test { c in
            let login = ["email": "x@y.zz", "password": "whatever1"]
            _ = try await c.call(.post, "/api/v1/auth/login", json: login, headers: ["X-Forwarded-For": "10.0.0.1"])
            let spoofed = try await c.call(
                .post, "/api/v1/auth/login", json: login, headers: ["X-Forwarded-For": "10.0.0.2"])
            #expect(spoofed.status == .tooManyRequests)
        }
    }
}
