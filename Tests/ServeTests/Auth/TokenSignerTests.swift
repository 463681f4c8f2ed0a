import Crypto
import Foundation
import JWTKit
import Testing

@testable import Serve

@Suite("Access tokens accept only HS256 with the right claims")
struct TokenSignerTests {
    static let secret = "0123456789abcdef0123456789abcdef-test-secret"

    func b64(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A token built by hand: header and claims as given, signed with HMAC-SHA256/384 or not at all.
    func forge(header: String, claims: String, sign: String?) -> String {
        let input = b64(Data(header.utf8)) + "." + b64(Data(claims.utf8))
        let key = SymmetricKey(data: Data(Self.secret.utf8))
        let signature: Data
        switch sign {
        case "HS256": signature = Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: key))
        case "HS384": signature = Data(HMAC<SHA384>.authenticationCode(for: Data(input.utf8), using: key))
        default: signature = Data()
        }
        return input + "." + b64(signature)
    }

    func claims(typ: String = "access", iss: String = "aiser", exp: Double = 4_000_000_000) -> String {
        #"{"sub":"user_1","sid":"sess_1","iss":"\#(iss)","typ":"\#(typ)","iat":1700000000,"exp":\#(exp)}"#
    }

    @Test("its own tokens verify and carry subject and session")
    func roundTrip() async throws {
        let signer = await TokenSigner(secret: Self.secret, lifetime: 60)
        let token = try await signer.accessToken(userID: "user_1", sessionID: "sess_1")
        let c = try await signer.verify(token)
        #expect(c.sub.value == "user_1" && c.sid == "sess_1" && c.typ == "access" && c.iss.value == "aiser")
    }

    @Test("a correctly hand-signed HS256 token verifies (the forging helper is sound)")
    func handSigned() async throws {
        let signer = await TokenSigner(secret: Self.secret, lifetime: 60)
        let token = forge(header: #"{"alg":"HS256","typ":"JWT"}"#, claims: claims(), sign: "HS256")
        #expect(try await signer.verify(token).sub.value == "user_1")
    }

    @Test("alg none, HS384, wrong type, wrong issuer, expired and foreign keys are rejected")
    func rejected() async throws {
        let signer = await TokenSigner(secret: Self.secret, lifetime: 60)
        let bad = [
            forge(header: #"{"alg":"none","typ":"JWT"}"#, claims: claims(), sign: nil),
            forge(header: #"{"alg":"HS384","typ":"JWT"}"#, claims: claims(), sign: "HS384"),
            forge(header: #"{"alg":"HS256","typ":"JWT"}"#, claims: claims(typ: "refresh"), sign: "HS256"),
            forge(header: #"{"alg":"HS256","typ":"JWT"}"#, claims: claims(iss: "someone-else"), sign: "HS256"),
            forge(header: #"{"alg":"HS256","typ":"JWT"}"#, claims: claims(exp: 1_000_000_000), sign: "HS256"),
            "not-a-token", "a.b.c",
        ]
        for token in bad {
            await #expect(throws: APIError.self) { try await signer.verify(token) }
        }
        let other = await TokenSigner(secret: "another-secret-that-is-32-bytes-long!!", lifetime: 60)
        let foreign = try await other.accessToken(userID: "user_1", sessionID: "sess_1")
        await #expect(throws: APIError.self) { try await signer.verify(foreign) }
    }
}
