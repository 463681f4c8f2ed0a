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
            throw XLSXError(.notAnArchive, path: url.path, "the file is not an .xlsx workbook (not a zip archive, or a truncated one)")
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
        out.reserveCapacity(Int(min(entry.uncompressedSize, 16 << 20)))
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

    private static func key(_ part: String) -> String {
        (part.hasPrefix("/") ? String(part.dropFirst()) : part).lowercased()
    }
}
