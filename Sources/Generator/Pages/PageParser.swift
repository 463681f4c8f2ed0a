import Foundation

/// Splits a page file into front matter, prose and fenced Aiser blocks, keeping line numbers.
enum PageParser {
    /// The fenced block kinds Aiser evaluates; any other fence stays an ordinary code block.
    static let blockKinds: Set<String> = ["sql", "chart", "kpi", "table", "input"]

    static func parse(_ text: String, path: String) throws -> (FrontMatter, [PageSegment]) {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        var index = 0
        var front = FrontMatter()
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
            else {
                throw GeneratorError(
                    path: path, line: 1, column: 1, "the front matter starting here is not closed by a '---' line")
            }
            let yaml = lines[1..<end].joined(separator: "\n")
            front = try FrontMatter(yaml: yaml, origin: SourceLocation(path: path, line: 2))
            index = end + 1
        }
        var segments: [PageSegment] = []
        var prose: [String] = []
        var proseStart = index + 1
        func flushProse() {
            if !prose.isEmpty {
                segments.append(.prose(prose.joined(separator: "\n"), SourceLocation(path: path, line: proseStart)))
            }
            prose = []
        }
        var otherFence: String?
        var code: [String] = []
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let fence = otherFence {
                code.append(line)
                index += 1
                if trimmed.hasPrefix(fence) && trimmed.allSatisfy({ $0 == fence.first }) {
                    otherFence = nil
                    segments.append(.code(code.joined(separator: "\n") + "\n"))
                    code = []
                    proseStart = index + 1
                }
                continue
            }
            if let (fence, info) = Self.fenceOpening(trimmed) {
                let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard let kind = words.first, blockKinds.contains(kind) else {
                    flushProse()
                    otherFence = fence
                    code = [line]
                    index += 1
                    continue
                }
                flushProse()
                let fenceLine = index + 1
                var body: [String] = []
                index += 1
                var closed = false
                while index < lines.count {
                    let t = lines[index].trimmingCharacters(in: .whitespaces)
                    if t.hasPrefix(fence) && t.allSatisfy({ $0 == fence.first }) {
                        closed = true
                        break
                    }
                    body.append(lines[index])
                    index += 1
                }
                guard closed else {
                    throw GeneratorError(
                        path: path, line: fenceLine, column: 1, "the ```\(kind) block starting here is not closed")
                }
                segments.append(
                    .block(
                        RawBlock(
                            kind: kind, arguments: Array(words.dropFirst()), body: body.joined(separator: "\n"),
                            fence: SourceLocation(path: path, line: fenceLine),
                            bodyStart: SourceLocation(path: path, line: fenceLine + 1))))
                index += 1
                proseStart = index + 1
                continue
            }
            if prose.isEmpty { proseStart = index + 1 }
            prose.append(line)
            index += 1
        }
        flushProse()
        if !code.isEmpty { segments.append(.code(code.joined(separator: "\n") + "\n")) }
        return (front, segments)
    }

    /// The fence characters and info string when `line` opens a fenced code block.
    static func fenceOpening(_ line: String) -> (String, String)? {
        for mark in ["`", "~"] {
            let run = line.prefix(while: { String($0) == mark })
            if run.count >= 3 {
                let info = line.dropFirst(run.count).trimmingCharacters(in: .whitespaces)
                if mark == "`" && info.contains("`") { return nil }
                return (String(run), info)
            }
        }
        return nil
    }
}
