import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for sequential reading with `read(2)`, closed when released; optionally only
/// the bytes of one range of it (the columnar loader reads a file in parallel chunks).
final class ChunkedFile {
    private let fd: Int32
    let path: String
    /// Bytes still allowed to be read (`Int.max` for the whole file).
    private var remaining = Int.max

    /// Opens `url`; with `range`, reading starts at its lower bound and stops at its upper bound.
    convenience init(url: URL, range: Range<Int>) throws {
        try self.init(url: url)
        if lseek(fd, off_t(range.lowerBound), SEEK_SET) < 0 {
            throw IngestError(path: path, message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        remaining = range.count
    }

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
        let wanted = min(buffer.count, remaining)
        var total = 0
        defer { if remaining != Int.max { remaining -= total } }
        while total < wanted {
            let n = read(fd, base + total, wanted - total)
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
