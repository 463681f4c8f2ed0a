import Crypto
import Engine
import Foundation

/// Opaque random ids and secrets.
enum RandomToken {
    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// `prefix` + 20 random base-36 characters (about 103 bits), e.g. `user_k3…`.
    static func id(_ prefix: String) -> String {
        prefix + string(length: 20)
    }

    /// A random lowercase base-36 string. Each character comes from one random byte below 252
    /// (7 × 36, so every character is equally likely), taken eight at a time from the system
    /// generator rather than one system call per character.
    static func string(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        var characters: [UInt8] = []
        characters.reserveCapacity(length)
        while characters.count < length {
            var word = generator.next()
            for _ in 0..<8 where characters.count < length {
                let byte = Int(word & 0xff)
                word >>= 8
                if byte < 252 { characters.append(alphabet[byte % 36]) }
            }
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// `count` random bytes.
    static func bytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// Hex SHA-256 of `text`: how refresh tokens and API keys are stored.
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexString
    }
}
