import Yams

/// A parsed YAML value that remembers where it came from, so every complaint about it can name
/// `file:line:column`. Lines are absolute in the file (YAML embedded in Markdown is offset).
struct YAMLNode {
    let node: Node
    /// The file the YAML text is in and the line its first line is on.
    let origin: SourceLocation

    /// Parses `text`, which starts at line `origin.line` of `origin.path`. Empty text is an empty mapping.
    static func parse(_ text: String, origin: SourceLocation) throws -> YAMLNode {
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return YAMLNode(node: node, origin: origin)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
            let YamlError.composer(_, problem, mark, _)
        {
            throw origin.offset(lines: mark.line - 1, column: mark.column).error("invalid YAML: \(problem)")
        } catch {
            throw origin.error("invalid YAML: \(error)")
        }
    }

    /// Where this value starts in the file.
    var location: SourceLocation {
        guard let mark = node.mark else { return origin }
        return origin.offset(lines: mark.line - 1, column: mark.column)
    }

    func error(_ message: String) -> GeneratorError { location.error(message) }

    /// The entries of a mapping, in order; an error when this is not a mapping.
    func entries(_ what: String) throws -> [(key: String, value: YAMLNode, keyLocation: SourceLocation)] {
        guard let mapping = node.mapping else { throw error("\(what) must be a mapping of keys to values") }
        return mapping.map { pair in
            let key = YAMLNode(node: pair.key, origin: origin)
            return (pair.key.string ?? "", YAMLNode(node: pair.value, origin: origin), key.location)
        }
    }

    /// The value as text (numbers and booleans as written); an error for lists and mappings.
    func string(_ what: String) throws -> String {
        guard let scalar = node.scalar else { throw error("\(what) must be a single value") }
        return scalar.string
    }

    func int(_ what: String) throws -> Int {
        guard let i = node.int else { throw error("\(what) must be a whole number") }
        return i
    }

    func bool(_ what: String) throws -> Bool {
        guard let b = node.bool else { throw error("\(what) must be true or false") }
        return b
    }

    /// One value or a list of values, as text.
    func strings(_ what: String) throws -> [String] {
        if let sequence = node.sequence {
            return try sequence.map { try YAMLNode(node: $0, origin: origin).string(what) }
        }
        return [try string(what)]
    }

    /// The items of a list (a single value counts as a one-item list).
    var items: [YAMLNode] {
        if let sequence = node.sequence { return sequence.map { YAMLNode(node: $0, origin: origin) } }
        return [self]
    }

    var isSequence: Bool { node.sequence != nil }
    var isMapping: Bool { node.mapping != nil }
}
