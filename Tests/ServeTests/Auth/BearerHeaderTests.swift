import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@testable import Serve

@Suite("Bearer header")
struct BearerHeaderTests {
    static func request(authorization: String) -> Request {
        Request(
            head: HTTPRequest(
                method: .get, scheme: nil, authority: nil, path: "/", headerFields: [.authorization: authorization]),
            body: .init(buffer: ByteBuffer()))
    }

    @Test(
        "the scheme in any case, then the token without surrounding blanks",
        arguments: [
            ("Bearer abc.def", "abc.def"), ("bearer abc", "abc"), ("BEARER   abc  ", "abc"), ("  Bearer abc", "abc"),
            ("bEaReR\u{20}x", "x"),
        ])
    func accepted(header: String, token: String) {
        #expect(Authenticator.bearer(in: Self.request(authorization: header)) == token)
    }

    @Test(
        "other schemes, a missing token or a missing space are no bearer token",
        arguments: [
            "Bearer", "Bearer ", "Bearer    ", "Basic abc", "Bearerabc", "Bearer\tabc", "Beare abc", "Bëarer abc", "",
        ])
    func refused(header: String) {
        #expect(Authenticator.bearer(in: Self.request(authorization: header)) == nil)
    }
}
