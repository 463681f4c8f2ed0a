import Crypto
import Foundation

/// Encrypts webhook secrets at rest with AES-GCM under a key derived from the server secret
/// (HKDF-SHA256 with its own label, so it is never the token-signing key).
struct SecretBox: Sendable {
    private let key: SymmetricKey

    init(serverSecret: String) {
        key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(serverSecret.utf8)),
            info: Data("aiser webhook secrets v1".utf8), outputByteCount: 32)
    }

    /// Base64 of nonce + ciphertext + tag.
    func seal(_ plain: String) throws -> String {
        try AES.GCM.seal(Data(plain.utf8), using: key).combined!.base64EncodedString()
    }

    /// The plain text, or nil when `sealed` was not made with this key.
    func open(_ sealed: String) -> String? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: key)
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }
}
