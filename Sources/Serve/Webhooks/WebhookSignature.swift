import Crypto
import Foundation

/// `X-Aiser-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`.
enum WebhookSignature {
    static func header(secret: String, timestamp: Int64, body: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: key)
        return "v1=" + mac.map { String(format: "%02x", $0) }.joined()
    }
}
