import Foundation

/// A page's expanded Markdown prose as PDF items: `#` headings, paragraphs, `-`/`*`/`1.` list
/// items and fenced code. Inline formatting is dropped to plain text (`**b**` → `b`, links keep
/// their text, images are left out); Markdown tables become plain lines.
enum PDFProse {
    static func items(_ markdown: String) -> [PDFItem] {
        var items: [PDFItem] = []
        var paragraph: [String] = []
        var code: [String]?
        func flush() {
            if !paragraph.isEmpty { items.append(.paragraph(plain(paragraph.joined(separator: " ")))) }
            paragraph = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                if let c = code {
                    items.append(.code(c.joined(separator: "\n")))
                    code = nil
                } else {
                    flush()
                    code = []
                }
                continue
            }
            if code != nil {
                code?.append(raw)
                continue
            }
            if line.isEmpty {
                flush()
            } else if let level = headingLevel(line) {
                flush()
                items.append(.heading(level: level, text: plain(String(line.dropFirst(level)))))
            } else if let rest = listItem(line) {
                flush()
                items.append(.bullet(plain(rest)))
            } else if line.allSatisfy({ "-*_=|: ".contains($0) }) {
                flush()
            } else {
                paragraph.append(line.hasPrefix(">") ? String(line.dropFirst()) : line)
            }
        }
        flush()
        if let c = code { items.append(.code(c.joined(separator: "\n"))) }
        return items.filter {
            if case .paragraph(let t) = $0 { return !t.isEmpty }
            return true
        }
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func listItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return String(line.dropFirst(2)) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.dropFirst(digits.count + 2))
        }
        return nil
    }

    /// Inline Markdown to plain text.
    static func plain(_ text: String) -> String {
        var s = text
        s = s.replacingOccurrences(of: #"!\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<[A-Za-z/][^>]*>"#, with: "", options: .regularExpression)
        for mark in ["**", "__", "`", "~~"] { s = s.replacingOccurrences(of: mark, with: "") }
        s = s.replacingOccurrences(of: #"(^|[\s(])[*_]([^*_\s][^*_]*)[*_]"#, with: "$1$2", options: .regularExpression)
        s = s.replacingOccurrences(of: #"\\([\\`*_{}\[\]()#+\-.!|])"#, with: "$1", options: .regularExpression)
        return s.trimmingCharacters(in: .whitespaces)
    }
}
