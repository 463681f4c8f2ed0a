import Foundation

/// The `name` and `filename` of a multipart part's `Content-Disposition: form-data; …` header.
struct ContentDisposition: Equatable {
    var name: String?
    var fileName: String?

    init(_ header: String) {
        for part in Self.split(header).dropFirst() {
            guard let eq = part.firstIndex(of: "=") else { continue }
            let key = part[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            var value = part[part.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            if key == "name" { name = value }
            if key == "filename" { fileName = value }
        }
    }

    /// Splits on `;` outside quotes.
    static func split(_ header: String) -> [String] {
        var parts: [String] = [], current = "", quoted = false, escaped = false
        for ch in header {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" && quoted { escaped = true; current.append(ch); continue }
            if ch == "\"" { quoted.toggle() }
            if ch == ";" && !quoted { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        return parts
    }
}
