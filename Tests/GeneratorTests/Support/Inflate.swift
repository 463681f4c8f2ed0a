/// A small zlib / DEFLATE decoder (RFC 1950, RFC 1951; after Mark Adler's `puff.c`) so tests
/// can read the compressed content streams of the PDFs the build writes.
enum Inflate {
    struct Failure: Error {}

    /// The decompressed bytes of a zlib stream (a 2-byte header, DEFLATE data, a checksum
    /// that is not checked); trailing bytes after the last block are ignored.
    static func zlib(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count > 2, data[0] & 0x0f == 8 else { throw Failure() }
        var reader = Reader(input: data, position: 2)
        var out: [UInt8] = []
        var last = false
        repeat {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try reader.stored(&out)
            case 1: try reader.codes(&out, Huffman.fixedLengths, Huffman.fixedDistances)
            case 2:
                let (lengths, distances) = try reader.dynamicTables()
                try reader.codes(&out, lengths, distances)
            default: throw Failure()
            }
        } while !last
        return out
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var count = Array(repeating: 0, count: 16)
        var symbol: [Int]

        init(_ lengths: [Int]) {
            for l in lengths { count[l] += 1 }
            var offsets = Array(repeating: 0, count: 16)
            for l in 1..<15 { offsets[l + 1] = offsets[l] + count[l] }
            symbol = Array(repeating: 0, count: lengths.count)
            for (s, l) in lengths.enumerated() where l != 0 {
                symbol[offsets[l]] = s
                offsets[l] += 1
            }
        }

        static let fixedLengths = Huffman(
            Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24)
                + Array(repeating: 8, count: 8))
        static let fixedDistances = Huffman(Array(repeating: 5, count: 30))
    }

    struct Reader {
        var input: [UInt8]
        var position: Int
        var buffer = 0, count = 0

        static let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227,
            258,
        ]
        static let lengthExtra = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
        static let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
            6145, 8193, 12289, 16385, 24577,
        ]
        static let distanceExtra = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
        ]
        static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

        mutating func bits(_ n: Int) throws -> Int {
            while count < n {
                guard position < input.count else { throw Failure() }
                buffer |= Int(input[position]) << count
                position += 1
                count += 8
            }
            let value = buffer & ((1 << n) - 1)
            buffer >>= n
            count -= n
            return value
        }

        mutating func stored(_ out: inout [UInt8]) throws {
            buffer = 0
            count = 0
            guard position + 4 <= input.count else { throw Failure() }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            position += 4
            guard position + length <= input.count else { throw Failure() }
            out += input[position..<position + length]
            position += length
        }

        mutating func decode(_ h: Huffman) throws -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try bits(1)
                let n = h.count[length]
                if code - n < first { return h.symbol[index + code - first] }
                index += n
                first = (first + n) << 1
                code <<= 1
            }
            throw Failure()
        }

        mutating func codes(_ out: inout [UInt8], _ lengths: Huffman, _ distances: Huffman) throws {
            while true {
                var symbol = try decode(lengths)
                if symbol < 256 {
                    out.append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { return }
                symbol -= 257
                guard symbol < 29 else { throw Failure() }
                let length = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
                let d = try decode(distances)
                guard d < 30 else { throw Failure() }
                let distance = Self.distanceBase[d] + (try bits(Self.distanceExtra[d]))
                guard distance <= out.count else { throw Failure() }
                for _ in 0..<length { out.append(out[out.count - distance]) }
            }
        }

        mutating func dynamicTables() throws -> (Huffman, Huffman) {
            let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
            var codeLengths = Array(repeating: 0, count: 19)
            for i in 0..<ncode { codeLengths[Self.codeLengthOrder[i]] = try bits(3) }
            let lencode = Huffman(codeLengths)
            var lengths: [Int] = []
            while lengths.count < nlen + ndist {
                let symbol = try decode(lencode)
                if symbol < 16 {
                    lengths.append(symbol)
                    continue
                }
                var value = 0, repeats: Int
                if symbol == 16 {
                    guard let previous = lengths.last else { throw Failure() }
                    value = previous
                    repeats = 3 + (try bits(2))
                } else if symbol == 17 {
                    repeats = 3 + (try bits(3))
                } else {
                    repeats = 11 + (try bits(7))
                }
                guard lengths.count + repeats <= nlen + ndist else { throw Failure() }
                lengths += Array(repeating: value, count: repeats)
            }
            return (Huffman(Array(lengths[..<nlen])), Huffman(Array(lengths[nlen...])))
        }
    }
}
