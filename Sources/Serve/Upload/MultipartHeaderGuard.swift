/// Runs ahead of MultipartKit's parser over the same chunks, step for step through the same
/// states (preamble, part headers, body, boundary, epilogue), and refuses a body in which a
/// part-header name would get a byte above 0x7F: MultipartKit 4.7.1 looks such a byte up in a
/// 128-entry table and traps (index out of range), which would end the server process on one
/// hostile upload (found by `scripts/fuzz multipart` once it had coverage feedback).
///
/// It mirrors the parser's transitions exactly (its boundary matching included), so it is in
/// header-name position exactly when the parser is; where the parser would throw, it stops
/// watching, since the upload then fails anyway.
struct MultipartHeaderGuard {
    private enum State {
        case preamble(Int)
        case preHeaders(expectingLF: Bool)
        case name(empty: Bool)
        case value
        case postValue
        case postHeaders
        case body
        case boundary(Int)
        case done
    }

    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), colon = UInt8(ascii: ":")

    /// `CRLF--boundary`, as the parser holds it.
    private let delimiter: [UInt8]
    private var state = State.preamble(0)

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// Whether the body so far is safe to hand to the parser; `false` at the first header-name
    /// byte above 0x7F.
    mutating func admit(_ bytes: some Sequence<UInt8>) -> Bool {
        for byte in bytes {
            switch state {
            case .done:
                return true
            case .preamble(let index):
                let next: Int
                if index == 0, byte == delimiter[2] {
                    next = 3  // the first delimiter may come without its CRLF
                } else if byte == delimiter[index] {
                    next = index + 1
                } else if index > 0, byte == delimiter[0] {
                    next = 1
                } else {
                    next = 0
                }
                state = next == delimiter.count ? .preHeaders(expectingLF: false) : .preamble(next)
            case .preHeaders(let expectingLF):
                if !expectingLF, byte == Self.cr {
                    state = .preHeaders(expectingLF: true)
                } else if expectingLF, byte == Self.lf {
                    state = .name(empty: true)
                } else {
                    state = .done  // the parser throws
                }
            case .name(let empty):
                if byte >= 0x80 { return false }
                if byte == Self.colon, !empty {
                    state = .value
                } else if byte == Self.cr, empty {
                    state = .postHeaders
                } else {
                    state = .name(empty: false)  // or the parser throws on a character names cannot hold
                }
            case .value:
                if byte == Self.cr { state = .postValue }
            case .postValue:
                state = byte == Self.lf ? .name(empty: true) : .done
            case .postHeaders:
                state = byte == Self.lf ? .body : .done
            case .body:
                if byte == delimiter[0] { state = .boundary(1) }
            case .boundary(let index) where index == delimiter.count:
                if byte == Self.cr {
                    state = .preHeaders(expectingLF: true)
                } else {
                    state = .done  // the epilogue (`-`), or the parser throws
                }
            case .boundary(let index):
                if byte == delimiter[index] {
                    state = .boundary(index + 1)
                } else {
                    state = byte == delimiter[0] ? .boundary(1) : .body
                }
            }
        }
        return true
    }
}
