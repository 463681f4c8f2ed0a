import Foundation

/// Bytes of a file read through a fixed-size buffer, with the line and column of the next byte.
///
/// Memory is the buffer (64 KiB), whatever the size of the file. A struct, so that the hot
/// per-byte state needs no runtime exclusivity checks.
struct ByteInput {
    /// Closes the file when the last copy of the input goes away.
    final class File {
        let handle: UnsafeMutablePointer<FILE>
        init(_ handle: UnsafeMutablePointer<FILE>) { self.handle = handle }
        deinit { fclose(handle) }
    }

    let path: String
    let file: File
    var buffer: [UInt8]
    var index = 0
    var count = 0
    /// Absolute offset of `buffer[0]` in the file.
    var bufferStart = 0
    /// 1-based line of the next byte.
    var line = 1
    var lineStart = 0
    /// UTF-8 continuation bytes consumed on the current line (columns count characters).
    var continuations = 0

    init(path: String, bufferSize: Int = 64 << 10) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = fopen(path, "rb")
        else {
            throw JSONError(.unreadable, path: path, "the file does not exist or cannot be read")
        }
        file = File(handle)
        buffer = [UInt8](repeating: 0, count: max(bufferSize, 1))
    }

    /// 1-based column (in characters) of the next byte.
    var column: Int { bufferStart + index - lineStart - continuations + 1 }

    /// The next byte without consuming it; nil at the end of the file.
    @inline(__always)
    mutating func peek() throws -> UInt8? {
        if index < count { return buffer[index] }
        return try refill() ? buffer[index] : nil
    }

    /// Consumes the byte `peek()` returned.
    @inline(__always)
    mutating func advance() {
        let b = buffer[index]
        index += 1
        if b == UInt8(ascii: "\n") {
            line += 1
            lineStart = bufferStart + index
            continuations = 0
        } else if b & 0xC0 == 0x80 {
            continuations += 1
        }
    }

    /// Consumes and returns the next byte; nil at the end of the file.
    @inline(__always)
    mutating func read() throws -> UInt8? {
        guard let b = try peek() else { return nil }
        advance()
        return b
    }

    /// Reads the next chunk of the file; false at the end.
    mutating func refill() throws -> Bool {
        bufferStart += count
        index = 0
        let handle = file.handle
        count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
        if count == 0 && ferror(handle) != 0 {
            throw JSONError(.unreadable, path: path, line: line, "the file could not be read to the end")
        }
        return count > 0
    }

    /// An error of `kind` at the next byte (or `back` characters before it).
    func failure(_ kind: JSONError.Kind, _ message: String, back: Int = 0) -> JSONError {
        JSONError(kind, path: path, line: line, column: column - back, message)
    }
}
