import Foundation

extension InlineTemplate {
    /// Parses prose that starts at `origin`.
    init(parsing text: String, origin: SourceLocation) throws {
        var parser = Parser(text: Array(text), origin: origin)
        nodes = try parser.parseNodes(until: [])
        if let (tag, at) = parser.pendingEnd {
            throw at.error("'{{\(tag)}}' without a matching opening tag")
        }
    }

    struct Parser {
        let text: [Character]
        let origin: SourceLocation
        var index = 0
        var pendingEnd: (String, SourceLocation)?

        init(text: [Character], origin: SourceLocation) {
            self.text = text
            self.origin = origin
        }

        /// The file location of character `offset`.
        func location(_ offset: Int) -> SourceLocation {
            var line = 0, column = 1
            for ch in text[0..<min(offset, text.count)] {
                if ch == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return origin.offset(lines: line, column: column)
        }

        /// Parses until one of `ends` (`/each`, `else`, `/if`) and returns the nodes; the end tag
        /// found is left in `pendingEnd`.
        mutating func parseNodes(until ends: Set<String>) throws -> [Node] {
            var nodes: [Node] = []
            var buffer = ""
            while index < text.count {
                if text[index] == "\\", index + 2 < text.count, text[index + 1] == "{", text[index + 2] == "{" {
                    buffer += "{{"
                    index += 3
                    continue
                }
                guard text[index] == "{", index + 1 < text.count, text[index + 1] == "{" else {
                    buffer.append(text[index])
                    index += 1
                    continue
                }
                let start = index
                let at = location(start)
                guard let close = findClose(from: index + 2) else { throw at.error("'{{' is not closed by '}}'") }
                let inner = String(text[(index + 2)..<close]).trimmingCharacters(in: .whitespaces)
                index = close + 2
                if inner.hasPrefix("#") || inner.hasPrefix("/") || inner == "else",
                    let after = standalone(start, close + 2)
                {
                    // A section tag alone on its line takes the line with it, so loops make tight lists.
                    while let last = buffer.last, last == " " || last == "\t" { buffer.removeLast() }
                    index = after
                }
                if !buffer.isEmpty { nodes.append(.text(buffer)) }
                buffer = ""
                if inner.hasPrefix("/") || inner == "else" {
                    let tag = inner.replacingOccurrences(of: " ", with: "")
                    guard ends.contains(tag) else { throw at.error("'{{\(inner)}}' without a matching opening tag") }
                    pendingEnd = (tag, at)
                    return nodes
                }
                if inner.hasPrefix("#each") {
                    let name = inner.dropFirst(5).trimmingCharacters(in: .whitespaces)
                    guard ProjectConfig.isTableName(name) else {
                        throw at.error("'{{#each}}' needs a query name, not '\(name)'")
                    }
                    let body = try parseNodes(until: ["/each"])
                    guard pendingEnd?.0 == "/each" else {
                        throw at.error("'{{#each \(name)}}' is not closed by '{{/each}}'")
                    }
                    pendingEnd = nil
                    nodes.append(.each(name, body, at))
                } else if inner.hasPrefix("#if") {
                    let condition = try Self.condition(inner.dropFirst(3).trimmingCharacters(in: .whitespaces), at: at)
                    let then = try parseNodes(until: ["else", "/if"])
                    var otherwise: [Node] = []
                    if pendingEnd?.0 == "else" {
                        pendingEnd = nil
                        otherwise = try parseNodes(until: ["/if"])
                    }
                    guard pendingEnd?.0 == "/if" else { throw at.error("'{{#if}}' is not closed by '{{/if}}'") }
                    pendingEnd = nil
                    nodes.append(.when(condition, then, otherwise, at))
                } else if inner.hasPrefix("#") {
                    throw at.error("unknown tag '{{\(inner)}}' (expected #each or #if)")
                } else {
                    let parts = inner.split(separator: "|", maxSplits: 1).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                    let path = try Self.path(parts[0], at: at)
                    var format = TemplateFilter.none
                    if parts.count > 1 {
                        guard let f = TemplateFilter(parts[1]) else {
                            throw at.error(
                                "unknown filter '\(parts[1])' (expected one of \(TemplateFilter.names.joined(separator: ", ")))"
                            )
                        }
                        format = f
                    }
                    nodes.append(.value(path, format, at))
                }
            }
            if !buffer.isEmpty { nodes.append(.text(buffer)) }
            return nodes
        }

        /// When only spaces surround the tag `start..<end` on its line: the index after the line's newline.
        func standalone(_ start: Int, _ end: Int) -> Int? {
            var i = start - 1
            while i >= 0 && text[i] != "\n" {
                guard text[i] == " " || text[i] == "\t" else { return nil }
                i -= 1
            }
            var j = end
            while j < text.count && text[j] != "\n" {
                guard text[j] == " " || text[j] == "\t" else { return nil }
                j += 1
            }
            return min(j + 1, text.count)
        }

        func findClose(from start: Int) -> Int? {
            var i = start
            while i + 1 < text.count {
                if text[i] == "}" && text[i + 1] == "}" { return i }
                if text[i] == "\n" && i + 1 < text.count && text[i + 1] == "\n" { return nil }
                i += 1
            }
            return nil
        }

        static func path(_ text: String, at: SourceLocation) throws -> ValuePath {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
                throw at.error("'{{ \(text) }}' is not a value: write QUERY.column, params.NAME or inputs.NAME")
            }
            return ValuePath(head: parts[0], tail: parts.count > 1 ? parts[1] : nil)
        }

        static func condition(_ text: String, at: SourceLocation) throws -> Condition {
            for op in [">=", "<=", "==", "!=", ">", "<"] {
                if let r = text.range(of: op) {
                    let lhs = text[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
                    var rhs = text[r.upperBound...].trimmingCharacters(in: .whitespaces)
                    if rhs.count >= 2, let q = rhs.first, q == "'" || q == "\"", rhs.last == q {
                        rhs = "'" + String(rhs.dropFirst().dropLast())
                    } else if Double(rhs) == nil {
                        return Condition(
                            path: try path(lhs, at: at), op: op, literal: nil, other: try path(rhs, at: at))
                    }
                    return Condition(path: try path(lhs, at: at), op: op, literal: rhs)
                }
            }
            guard !text.isEmpty else { throw at.error("'{{#if}}' needs a condition") }
            return Condition(path: try path(text, at: at), op: nil, literal: nil)
        }
    }
}
