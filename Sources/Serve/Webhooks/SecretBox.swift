import Crypto
import Foundation

/// Encrypts secrets at rest (webhook secrets, warehouse passwords) with AES-GCM under a key
/// derived from the server secret with HKDF-SHA256 and a label of its own per use, so it is never
/// the token-signing key nor another use's key.
struct SecretBox: Sendable {
    /// The label of webhook secrets' key.
    static let webhookLabel = "aiser webhook secrets v1"
    /// The label of warehouse passwords' key.
    static let warehouseLabel = "aiser warehouse passwords v1"

    private let key: SymmetricKey

    init(serverSecret: String, label: String = SecretBox.webhookLabel) {
        key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(serverSecret.utf8)),
            info: Data(label.utf8), outputByteCount: 32)
    }

    /// Base64 of nonce + ciphertext + tag; `context` (e.g. the owning record's id) is
    /// authenticated, so the value opens only for the same context.
    func seal(_ plain: String, context: String = "") throws -> String {
        try AES.GCM.seal(Data(plain.utf8), using: key, authenticating: Data(context.utf8)).combined!
            .base64EncodedString()
    }

    /// The plain text, or nil when `sealed` was not made with this key and context.
    func open(_ sealed: String, context: String = "") -> String? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }
}
