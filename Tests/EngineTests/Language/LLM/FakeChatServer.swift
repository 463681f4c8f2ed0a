import Foundation

@testable import Engine

#if canImport(Glibc)
    import Glibc
#endif

/// A local OpenAI-compatible chat completions server for tests: listens on 127.0.0.1 (a port
/// the system picks), records each request, and answers with what `reply` returns for it.
final class FakeChatServer: @unchecked Sendable {
    struct Reply {
        var status = 200
        var body: String
        var delay = 0.0
    }

    let port: UInt16
    private let socketFD: Int32
    private let reply: @Sendable (String) -> Reply
    private let lock = NSLock()
    private var received: [String] = []

    /// The raw requests received so far (request line, headers, body).
    var requests: [String] { lock.withLock { received } }

    /// A chat completions body whose first choice's message says `content`.
    static func completion(_ content: String) -> String {
        let json = try! JSONCoding.string(
            JSONValue.object([
                "object": "chat.completion",
                "choices": .array([
                    .object([
                        "index": .number(0), "message": .object(["role": "assistant", "content": .string(content)]),
                    ])
                ]),
            ]))
        return json
    }

    init(reply: @escaping @Sendable (String) -> Reply) throws {
        self.reply = reply
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) }
        }
        guard fd >= 0, bound == 0, listen(fd, 16) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
        var length = size
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/v1")! }

    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            let request = read(client)
            lock.withLock { received.append(request) }
            let r = reply(request)
            if r.delay > 0 { Thread.sleep(forTimeInterval: r.delay) }
            let response =
                "HTTP/1.1 \(r.status) Status\r\nContent-Type: application/json\r\nContent-Length: \(r.body.utf8.count)\r\nConnection: close\r\n\r\n\(r.body)"
            let bytes = Array(response.utf8)
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.write(client, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                sent += n
            }
            close(client)
        }
    }

    /// Reads one HTTP request: the head, then as many body bytes as Content-Length says.
    private func read(_ client: Int32) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(client, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            data += buffer[0..<n]
            let text = String(decoding: data, as: UTF8.self)
            guard let end = text.range(of: "\r\n\r\n") else { continue }
            let head = text[..<end.lowerBound].lowercased()
            let length =
                head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if text[end.upperBound...].utf8.count >= length { break }
        }
        return String(decoding: data, as: UTF8.self)
    }
}
