import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for sequential reading with `read(2)`, closed when released.
final class ChunkedFile {
    private let fd: Int32
    let path: String

    init(url: URL) throws {
        path = url.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw IngestError(path: path, message: "is a directory, not a data file")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw IngestError(path: path, message: "cannot open the file: \(String(cString: strerror(errno)))")
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Fills as much of `buffer` as the file has left; returns the byte count (0 at the end).
    func fill(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let n = read(fd, base + total, buffer.count - total)
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(path: path, message: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            total += n
        }
        return total
    }
}
