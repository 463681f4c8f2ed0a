import Foundation
import HTTPTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RawSocket {
    /// One JSON request on a connection of its own (`Connection: close`), for requests that
    /// must run at the same time as others: the test framework's client is one pipelined
    /// connection. Answers status, headers and body like the tests' `Client`.
    static func call(
        port: Int, _ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: [String: Any]? = nil
    ) async throws -> Client.Answer {
        let socket = try RawSocket(port: port)
        let body = try json.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        var head = "\(method.rawValue) \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if json != nil { head += "Content-Type: application/json\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        try socket.send(head + String(decoding: body, as: UTF8.self))
        let text = await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: socket.readToEnd(seconds: 120)) }
        }
        return try answer(text)
    }

    /// Everything the server sends until it closes the connection (or `seconds` pass).
    func readToEnd(seconds: Int) -> String {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return String(decoding: received, as: UTF8.self) }
            received.append(contentsOf: buffer[0..<n])
        }
    }

    /// A raw HTTP/1.1 response with a plain (not chunked) body as an answer.
    static func answer(_ text: String) throws -> Client.Answer {
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no response head: \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2, let code = Int(parts[1]) else { throw Failure(description: "bad status: \(lines[0])") }
        var headers = HTTPFields()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), let name = HTTPField.Name(String(line[..<colon])) else {
                continue
            }
            headers.append(
                HTTPField(name: name, value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return Client.Answer(
            status: HTTPResponse.Status(code: code), headers: headers, body: String(text[split.upperBound...]))
    }
}
