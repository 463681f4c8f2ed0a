/// The relationships of one OOXML part (`_rels/<name>.rels`): id → type and resolved target.
struct Relationships {
    struct Relationship {
        let type: String
        /// The target as a part name inside the archive (no leading slash).
        let target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    private(set) var all: [Relationship] = []

    /// Reads the relationships of `source` (e.g. `xl/workbook.xml`); none when the part is absent.
    init(of source: String, in archive: XLSXArchive) throws {
        let directory = source.split(separator: "/").dropLast().joined(separator: "/")
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
        guard let bytes = try archive.contents(of: relsPart) else { return }
        try archive.parse(relsPart, bytes) { xml in
            while true {
                switch try xml.next() {
                case .endOfDocument: return
                case .start where xml.isNamed(Array("Relationship".utf8)):
                    guard let id = try xml.attribute(Array("Id".utf8)),
                        let target = try xml.attribute(Array("Target".utf8))
                    else { continue }
                    if try xml.attribute(Array("TargetMode".utf8)) == "External" { continue }
                    let type = try xml.attribute(Array("Type".utf8)) ?? ""
                    let relationship = Relationship(type: type, target: Self.resolve(target, from: directory))
                    byID[id] = relationship
                    all.append(relationship)
                default: continue
                }
            }
        }
    }

    /// The first relationship whose type ends with `/suffix`.
    func first(ofType suffix: String) -> Relationship? {
        all.first { $0.type.hasSuffix("/" + suffix) }
    }

    /// Resolves a relationship target against the source part's directory (`..` allowed).
    static func resolve(_ target: String, from directory: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
