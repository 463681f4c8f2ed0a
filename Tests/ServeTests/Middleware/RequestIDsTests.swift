import Testing

@testable import Serve

@Suite struct RequestIDsTests {
    @Test func idsAreDistinctSaneAndShareTheProcessPrefix() {
        let ids = RequestIDs()
        let made = (0..<2_000).map { _ in ids.next() }
        #expect(Set(made).count == made.count)
        #expect(made.allSatisfy { $0.hasPrefix("req_") && RequestSetupMiddleware.isSane($0) })
        #expect(Set(made.map { $0.prefix(16) }).count == 1)
        #expect(made[0].hasSuffix("0001") && made[34].hasSuffix("000z") && made[35].hasSuffix("0010"))
    }

    @Test func twoGeneratorsDoNotCollide() {
        let a = RequestIDs(), b = RequestIDs()
        #expect(a.next() != b.next())
    }

    @Test func idsStayUniqueAcrossThreads() async {
        let ids = RequestIDs()
        let made = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<500).map { _ in ids.next() } } }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(Set(made).count == 4_000)
    }
}
