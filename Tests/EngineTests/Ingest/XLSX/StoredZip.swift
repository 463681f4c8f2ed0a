import Foundation

/// Writes a zip of empty stored entries: enough to build an archive with a huge directory
/// (20,000 entries would be ~1.7 MB as a committed fixture).
enum StoredZip {
    static func write(entryCount: Int, to url: URL) throws {
        var local = Data()
        var central = Data()
        for index in 0..<entryCount {
            let name = Data(String(format: "e%06d", index).utf8)
            let offset = UInt32(local.count)
            local.append(le32(0x0403_4b50))
            local.append(le16(20) + le16(0) + le16(0) + le16(0) + le16(0))  // version, flags, method, time, date
            local.append(le32(0) + le32(0) + le32(0))  // crc, compressed, uncompressed
            local.append(le16(UInt16(name.count)) + le16(0))
            local.append(name)
            central.append(le32(0x0201_4b50))
            central.append(le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0))
            central.append(le32(0) + le32(0) + le32(0))
            central.append(le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0))
            central.append(le32(0) + le32(offset))
            central.append(name)
        }
        var end = Data()
        end.append(le32(0x0605_4b50) + le16(0) + le16(0))
        end.append(le16(UInt16(entryCount)) + le16(UInt16(entryCount)))
        end.append(le32(UInt32(central.count)) + le32(UInt32(local.count)) + le16(0))
        try (local + central + end).write(to: url)
    }

    private static func le16(_ v: UInt16) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }
    private static func le32(_ v: UInt32) -> Data { withUnsafeBytes(of: v.littleEndian) { Data($0) } }
}
