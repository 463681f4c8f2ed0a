import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A Server-Sent Events request on a real socket of its own, read as raw text (head, chunk
/// framing and events) for as long as a test waits for something in it.
final class EventStream: @unchecked Sendable {
    let socket: RawSocket
    /// Everything received so far; only touched by one read at a time.
    private var received = Data()

    init(port: Int, path: String, lastEventID: String? = nil, receiveBuffer: Int32? = nil) throws {
        socket = try RawSocket(port: port, receiveBuffer: receiveBuffer)
        var head = "GET \(path) HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
        if let lastEventID { head += "Last-Event-ID: \(lastEventID)\r\n" }
        try socket.send(head + "\r\n")
    }

    /// Reads until `condition` holds for the text received so far, the server closes, or
    /// `seconds` pass; answers the text.
    func read(seconds: Double = 30, until condition: @escaping @Sendable (String) -> Bool) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.blockingRead(seconds, condition)) }
        }
    }

    /// Whether the server ends the stream (the last chunk of the body, or closing the
    /// connection) within `seconds`.
    func ends(within seconds: Double = 30) async -> Bool {
        _ = await read(seconds: seconds) { $0.hasSuffix("\r\n0\r\n\r\n") }
        return isClosed || text.hasSuffix("\r\n0\r\n\r\n")
    }

    private(set) var isClosed = false

    var text: String { String(decoding: received, as: UTF8.self) }

    private func blockingRead(_ seconds: Double, _ condition: (String) -> Bool) -> String {
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socket.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !condition(text) && Date() < deadline && !isClosed {
            let n = recv(socket.fd, &buffer, buffer.count, 0)
            if n == 0 || (n < 0 && errno == ECONNRESET) {
                isClosed = true
            } else if n > 0 {
                received.append(contentsOf: buffer[0..<n])
            }
        }
        return text
    }

    /// The number of `render` events received so far.
    var renders: Int { text.components(separatedBy: "event: render\n").count - 1 }
}
