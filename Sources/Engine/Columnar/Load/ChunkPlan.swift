import Foundation

/// Where a CSV file may be cut into chunks that parse independently: only a file without any
/// quote character (so no field can hold a line break) is cut, at line ends near equal sizes.
enum ChunkPlan {
    /// Files smaller than this are read in one chunk.
    static let minimumSplitSize = 1 << 20

    /// Byte ranges covering the file at `url`, in order; the first one holds the header.
    static func ranges(of url: URL, parts: Int, minimumSize: Int = minimumSplitSize) throws -> [Range<Int>] {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        let size = data.count
        guard parts > 1, size >= minimumSize else { return [0..<size] }
        return data.withUnsafeBytes { raw -> [Range<Int>] in
            guard let base = raw.baseAddress, memchr(base, 0x22, size) == nil else { return [0..<size] }
            var cuts = [0]
            for k in 1..<parts {
                var i = max(size * k / parts, cuts[cuts.count - 1])
                while i < size, raw[i] != 0x0A, raw[i] != 0x0D { i += 1 }
                while i < size, raw[i] == 0x0A || raw[i] == 0x0D { i += 1 }
                if i < size, i > cuts[cuts.count - 1] { cuts.append(i) }
            }
            cuts.append(size)
            return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
        }
    }
}
