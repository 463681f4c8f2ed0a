import Foundation
import ZIPFoundation

/// The zip container of one .xlsx file, read defensively: the entry count is capped while the
/// directory is listed, and every entry is inflated into memory (never to disk) with its size,
/// the running total and the inflate ratio checked as the bytes arrive.
final class XLSXArchive {
    let path: String
    private let archive: Archive
    private let limits: XLSXSource.Limits
    /// Entries by lower-cased part name (OOXML part names are case-insensitive).
    private var entries: [String: Entry] = [:]
    private var totalInflated: UInt64 = 0

    init(url: URL, limits: XLSXSource.Limits) throws {
        path = url.path
        self.limits = limits
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw XLSXError(.notAnArchive, path: url.path, "the file does not exist or cannot be read")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            if Self.isCompoundFile(url) {
                throw XLSXError(
                    .notAnArchive, path: url.path,
                    "the file is a legacy .xls or a password-protected workbook, which cannot be read; save it as .xlsx"
                )
            }
            throw XLSXError(
                .notAnArchive, path: url.path,
                "the file is not an .xlsx workbook (not a zip archive, or a truncated one)")
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else {
                throw XLSXError(.limitExceeded, path: path, "the archive has more than \(limits.maxEntries) entries")
            }
            if entry.type == .file { entries[Self.key(entry.path)] = entry }
        }
    }

    /// Whether the archive has this part.
    func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

    /// The inflated bytes of a part, or nil when the archive does not have it.
    func contents(of part: String) throws -> [UInt8]? {
        guard let entry = entries[Self.key(part)] else { return nil }
        if entry.uncompressedSize > limits.maxEntryBytes {
            throw tooLarge(part)
        }
        let compressed = max(entry.compressedSize, 1)
        var out: [UInt8] = []
        // Honest headers let the bytes land without regrowing; pages not written stay unmapped.
        out.reserveCapacity(Int(min(entry.uncompressedSize, limits.maxEntryBytes)))
        var inflated: UInt64 = 0
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { data in
                inflated += UInt64(data.count)
                self.totalInflated += UInt64(data.count)
                if inflated > self.limits.maxEntryBytes { throw self.tooLarge(part) }
                if self.totalInflated > self.limits.maxTotalBytes {
                    throw XLSXError(
                        .limitExceeded, path: self.path,
                        "the parts of the workbook inflate to more than \(self.limits.maxTotalBytes) bytes in total")
                }
                if inflated > self.limits.ratioThreshold && inflated / compressed > self.limits.maxRatio {
                    throw XLSXError(
                        .limitExceeded, path: self.path,
                        "\(part) inflates more than \(self.limits.maxRatio) times its compressed size (a zip bomb?)")
                }
                out.append(contentsOf: data)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(.missingPart, path: path, "\(part) is corrupt or truncated in the archive")
        }
        guard checksum == entry.checksum else {
            throw XLSXError(.missingPart, path: path, "\(part) is corrupt in the archive (checksum mismatch)")
        }
        return out
    }

    /// The inflated bytes of a part the workbook cannot do without.
    func required(_ part: String) throws -> [UInt8] {
        guard let bytes = try contents(of: part) else {
            throw XLSXError(.missingPart, path: path, "the workbook has no \(part) part")
        }
        return bytes
    }

    private func tooLarge(_ part: String) -> XLSXError {
        XLSXError(.limitExceeded, path: path, "\(part) inflates to more than \(limits.maxEntryBytes) bytes")
    }

    /// Whether the file starts with the OLE2 compound-file signature (.xls, encrypted .xlsx).
    private static func isCompoundFile(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        return (try? handle.read(upToCount: 8)).map { Array($0) == magic } ?? false
    }

    private static func key(_ part: String) -> String {
        (part.hasPrefix("/") ? String(part.dropFirst()) : part).lowercased()
    }
}
