import Foundation

/// What tests read from the bytes of a PDF that cairo wrote: the embedded fonts, the link
/// annotations' URIs, the text each font shows and the stroked paths of the page content
/// (content streams are inflated with `Inflate`).
struct PDFInspector {
    let bytes: [UInt8]
    /// The file as text (binary bytes become U+FFFD; the PDF syntax cairo writes is ASCII).
    let source: String
    /// The decoded page content streams, in file order.
    private(set) var contents: [String] = []

    init(_ data: Data) throws {
        bytes = Array(data)
        source = String(decoding: data, as: UTF8.self)
        var from = 0
        while let s = find("stream", from: from) {
            from = s + 6
            if s >= 3, bytes[s - 3..<s].elementsEqual("end".utf8) { continue }
            var start = s + 6
            if start < bytes.count, bytes[start] == 13 { start += 1 }
            if start < bytes.count, bytes[start] == 10 { start += 1 }
            guard let end = find("endstream", from: start) else { break }
            let head = String(decoding: bytes[max(0, s - 200)..<s], as: UTF8.self)
            let dictionary = head.components(separatedBy: " obj").last ?? head
            from = end + 9
            guard dictionary.contains("/FlateDecode"), !dictionary.contains("/Length1") else { continue }
            let text = String(decoding: try Inflate.zlib(Array(bytes[start..<end])), as: UTF8.self)
            if !text.contains("begincmap") { contents.append(text) }
        }
    }

    private func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard from + n.count <= bytes.count else { return nil }
        var i = from
        while i + n.count <= bytes.count {
            if bytes[i] == n[0], bytes[i..<i + n.count].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The `/BaseFont` names, without the subset prefix (`DejaVuSans-Bold`).
    var baseFonts: Set<String> { Set(matches(#"/BaseFont /(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)"#, in: source).map { $0[1] }) }

    /// The URIs of the link annotations.
    var uris: [String] { matches(#"/URI \(([^)]*)\)"#, in: source).map { $0[1] } }

    /// The font resource names (`f-1-0`) with the base font each stands for.
    private var fontResources: [String: String] {
        var objects: [String: String] = [:]
        for m in matches(
            #"(?s)\n(\d+) 0 obj\s*<<((?:(?!endobj).)*?)/BaseFont /(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)"#, in: source)
        {
            objects[m[1]] = m[3]
        }
        var names: [String: String] = [:]
        for m in matches(#"/(f-\d+-\d+) (\d+) 0 R"#, in: source) { names[m[1]] = objects[m[2]] }
        return names
    }

    /// The text shown in the WinAnsi font `baseFont` (literal strings of `Tj`/`TJ`), pieces
    /// set apart by a gap joined with a space.
    func text(inFont baseFont: String) -> String {
        let fonts = fontResources
        var out = ""
        for content in contents {
            var current = ""
            for m in matches(#"/(f-\d+-\d+) [\d.]+ Tf|\((?:[^\\)]|\\.)*\)|-\d{3,}"#, in: content) {
                if m[1] != "" {
                    current = fonts[m[1]] ?? ""
                } else if current == baseFont {
                    out += m[0].hasPrefix("-") ? " " : Self.literal(m[0])
                }
            }
            out += " "
        }
        return out
    }

    private static func literal(_ s: String) -> String {
        var out = ""
        var escaped = false
        for ch in s.dropFirst().dropLast() {
            if escaped || ch != "\\" {
                out.append(ch)
                escaped = false
            } else {
                escaped = true
            }
        }
        return out
    }

    /// The number of points of every stroked path made only of `m` and `l` (a polyline).
    var strokedPolylines: [Int] {
        var out: [Int] = []
        for content in contents {
            var points: Int?
            for token in content.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                switch token {
                case "m": points = points == nil ? 1 : -1
                case "l": points = points.map { $0 < 0 ? $0 : $0 + 1 }
                case "c", "v", "y", "h", "re": points = -1
                case "S":
                    if let p = points, p > 0 { out.append(p) }
                    points = nil
                default: if Double(token) == nil { points = nil }
                }
            }
        }
        return out
    }

    /// How many `l` (line-to) operators the page contents hold.
    var lineTos: Int {
        contents.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0 == "l" }.count }
    }
}
