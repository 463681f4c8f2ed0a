import Foundation
import FuzzKit
import JWTKit

@testable import Serve

/// Access-token verification (the `Authorization: Bearer` value): anything but a token this
/// key signed, unexpired, of type access, must be refused with `AUTHENTICATION_FAILED`; a token
/// accepted must carry exactly the claims the key signed.
struct JWTTarget: FuzzTarget {
    static let name = "jwt"
    /// The clock of the fuzz run, fixed so the committed seed tokens (signed at this instant,
    /// lifetime one hour) stay valid.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let secret = "aiser-fuzz-secret-0123456789abcdef"
    let signer: TokenSigner

    init() throws {
        signer = Blocking.run { await TokenSigner(secret: Self.secret, lifetime: 3600, now: { Self.now }) }
    }

    func run(_ data: [UInt8]) {
        let token = String(decoding: data, as: UTF8.self)
        _ = TokenSigner.headerAlgorithm(of: token)
        let signer = self.signer
        Blocking.run {
            do {
                let claims = try await signer.verify(token)
                if claims.sub.value != "fuzz-user" || claims.typ != AccessClaims.accessType
                    || claims.iss.value != AccessClaims.issuer
                {
                    Finding.fail(Self.name, "accepted a token with claims it never signed: \(claims)")
                }
            } catch let error as APIError where error == .unauthenticated {
                return
            } catch {
                Finding.fail(Self.name, "unexpected error \(type(of: error)): \(error)")
            }
        }
    }
}
