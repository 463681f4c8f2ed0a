import Foundation
import Testing

@testable import Serve

@Suite("Query parameters")
struct QueryReaderTests {
    @Test("form encoding: + is a space, %2B a plus, names are decoded too, the last repeat wins")
    func formEncoding() {
        let q = QueryReader(
            query: "search=Async+board&q=a%2Bb%20c&tags%5B%5D=x&tags%5B%5D=y&empty=&flag&search=Async+board+2")
        #expect(q.string("search") == "Async board 2")
        #expect(q.string("q") == "a+b c")
        #expect(q.string("empty") == "")
        #expect(q.string("flag") == "")
        #expect(q.list("tags") == ["x", "y"])
        #expect(q.string("missing") == nil)
    }

    @Test("a malformed escape is kept as written")
    func malformed() {
        #expect(QueryReader(query: "q=100%").string("q") == "100%")
    }
}
