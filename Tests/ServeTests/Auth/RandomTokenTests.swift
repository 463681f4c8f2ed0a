import Testing

@testable import Serve

@Suite("Random ids")
struct RandomTokenTests {
    @Test("ids are the prefix and 20 base-36 characters, and every character turns up")
    func shape() {
        var seen = Set<Character>()
        var ids = Set<String>()
        for _ in 0..<500 {
            let id = RandomToken.id("req_")
            #expect(id.hasPrefix("req_") && id.count == 24)
            let tail = id.dropFirst(4)
            #expect(tail.allSatisfy { ("0"..."9").contains($0) || ("a"..."z").contains($0) })
            seen.formUnion(tail)
            ids.insert(id)
        }
        #expect(seen.count == 36)
        #expect(ids.count == 500)
        #expect(RandomToken.string(length: 0).isEmpty)
        #expect(RandomToken.string(length: 43).count == 43)
    }
}
