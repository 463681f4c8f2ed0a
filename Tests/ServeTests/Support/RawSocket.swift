import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plain TCP client socket for tests that need to misbehave: send part of a request, send
/// nothing, or hold the connection open. Blocking calls run on a thread outside the Swift
/// concurrency pool (the server under test needs that pool).
final class RawSocket: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let fd: Int32

    /// Connects to 127.0.0.1:`port`, from the local address `source` (any 127.x.y.z) when given,
    /// with a receive buffer of `receiveBuffer` bytes when given (a reader that stalls sooner).
    init(port: Int, source: String? = nil, receiveBuffer: Int32? = nil) throws {
        #if canImport(Darwin)
            fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        if var size = receiveBuffer {
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        if let source {
            var local = Self.address(source, port: 0)
            let bound = withUnsafePointer(to: &local) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else {
                close(fd)
                throw Failure(description: "cannot bind to \(source)")
            }
        }
        var remote = Self.address("127.0.0.1", port: port)
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to port \(port)")
        }
    }

    deinit { close(fd) }

    private static func address(_ ip: String, port: Int) -> sockaddr_in {
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = in_port_t(UInt16(port).bigEndian)
        a.sin_addr.s_addr = inet_addr(ip)
        return a
    }

    /// Sends `text` as is.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        #if canImport(Darwin)
            let n = Darwin.send(fd, bytes, bytes.count, 0)
        #else
            let n = Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL))
        #endif
        guard n == bytes.count else { throw Failure(description: "send failed (errno \(errno))") }
    }

    /// What the server sends until it closes the connection, or nil when it neither sends a whole
    /// response head nor closes within `seconds` (a generous bound: it detects a hang, it does
    /// not measure speed).
    func readUntilClosedOrHead(seconds: Int = 30) async -> (text: String, closed: Bool)? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.blockingRead(seconds: seconds)) }
        }
    }

    private func blockingRead(seconds: Int) -> (text: String, closed: Bool)? {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 || (n < 0 && errno == ECONNRESET) {
                return (String(decoding: received, as: UTF8.self), true)
            }
            if n < 0 { return received.isEmpty ? nil : (String(decoding: received, as: UTF8.self), false) }
            received.append(contentsOf: buffer[0..<n])
            if received.range(of: Data("\r\n\r\n".utf8)) != nil {
                return (String(decoding: received, as: UTF8.self), false)
            }
        }
    }
}
