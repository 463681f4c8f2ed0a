import Foundation
import Testing

@testable import Serve

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Dev port choice")
struct PortProbeTests {
    /// A socket listening on a port the system picked on 127.0.0.1; returns (fd, port).
    static func listener() throws -> (Int32, Int) {
        #if canImport(Darwin)
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        try #require(ok)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test("a port someone listens on is busy; the next free one above it is taken instead, or none when asked")
    func busyPort() async throws {
        let (fd, port) = try Self.listener()
        defer { close(fd) }
        #expect(PortProbe.isBusy(host: "127.0.0.1", port: port))
        let next = try PortProbe.available(host: "127.0.0.1", from: port, searching: true)
        #expect(next > port && next <= port + 100)
        #expect(!PortProbe.isBusy(host: "127.0.0.1", port: next))
        #expect(throws: DevError("port \(port) on 127.0.0.1 is in use; choose another with --port")) {
            try PortProbe.available(host: "127.0.0.1", from: port, searching: false)
        }
        #expect(try PortProbe.available(host: "127.0.0.1", from: 0, searching: false) == 0)
        #expect(PortProbe.check(host: "192.0.2.1", port: 0) != .free)
        #expect(throws: DevError.self) { try PortProbe.available(host: "192.0.2.1", from: 0, searching: true) }

        let project = FileManager.default.temporaryDirectory.appendingPathComponent("aiser-port-\(UUID())")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        await #expect(throws: DevError("port \(port) on 127.0.0.1 is in use; choose another with --port")) {
            _ = try await DevServer.make(options: DevOptions(project: project, port: port, nextFreePort: false))
        }
        await #expect(throws: DevError("no project folder at /no/such/aiser/project")) {
            _ = try await DevServer.make(options: DevOptions(project: URL(fileURLWithPath: "/no/such/aiser/project")))
        }
    }

    @Test("the printed URL brackets IPv6 hosts")
    func urls() {
        #expect(DevServer.url(host: "127.0.0.1", port: 3000) == "http://127.0.0.1:3000/")
        #expect(DevServer.url(host: "::1", port: 3001) == "http://[::1]:3001/")
    }
}
