import Foundation
import Synchronization
import Testing

@testable import Serve

/// The cache on its own, with a change count the test moves by hand.
@Suite("Credential cache")
struct CredentialCacheTests {
    final class Counter: Sendable {
        let value = Mutex<Int64>(1)
        func bump() { value.withLock { $0 += 1 } }
    }

    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let alice = Identity(
        userID: "user_a", organizationID: "org_1", role: .admin, isPlatformAdmin: false, credential: .session("sess_1"))

    @Test("a remembered identity is answered at the same change count and until it expires")
    func hitUntilExpiry() throws {
        let counter = Counter()
        let cache = CredentialCache { counter.value.withLock { $0 } }
        let version = try #require(cache.currentVersion())
        #expect(cache.identity(for: "tok", at: version, now: Self.start) == nil)
        cache.remember(Self.alice, for: "tok", until: Self.start.addingTimeInterval(60), seenAt: version)
        #expect(cache.identity(for: "tok", at: version, now: Self.start.addingTimeInterval(59)) == Self.alice)
        #expect(cache.identity(for: "other", at: version, now: Self.start) == nil)
        #expect(cache.identity(for: "tok", at: version, now: Self.start.addingTimeInterval(60)) == nil)
        #expect(cache.count == 0)
    }

    @Test("a change to the database empties the cache at the next lookup")
    func changeEmpties() throws {
        let counter = Counter()
        let cache = CredentialCache { counter.value.withLock { $0 } }
        let before = try #require(cache.currentVersion())
        cache.remember(Self.alice, for: "tok", until: .distantFuture, seenAt: before)
        counter.bump()
        let after = try #require(cache.currentVersion())
        #expect(after != before)
        #expect(cache.identity(for: "tok", at: after, now: Self.start) == nil)
        #expect(cache.count == 0)
    }

    @Test("an identity found by a lookup that started before a change is not remembered")
    func staleLookupDiscarded() throws {
        let counter = Counter()
        let cache = CredentialCache { counter.value.withLock { $0 } }
        let before = try #require(cache.currentVersion())
        counter.bump()
        let after = try #require(cache.currentVersion())
        // Another request already looked up at the newer count …
        #expect(cache.identity(for: "x", at: after, now: Self.start) == nil)
        // … so the slower lookup's answer, read from the older state, is dropped.
        cache.remember(Self.alice, for: "tok", until: .distantFuture, seenAt: before)
        #expect(cache.count == 0)
        #expect(cache.identity(for: "tok", at: before, now: Self.start) == nil)
        #expect(cache.identity(for: "tok", at: after, now: Self.start) == nil)
    }

    @Test("no version, no caching; a full cache starts over")
    func unreadableAndCapacity() throws {
        struct Broken: Error {}
        #expect(CredentialCache { throw Broken() }.currentVersion() == nil)
        let cache = CredentialCache(capacity: 2) { 7 }
        for token in ["a", "b", "c"] { cache.remember(Self.alice, for: token, until: .distantFuture, seenAt: 7) }
        #expect(cache.count == 1)
        #expect(cache.identity(for: "c", at: 7, now: Self.start) == Self.alice)
        #expect(cache.identity(for: "a", at: 7, now: Self.start) == nil)
    }
}
