/// A lexicon field stored with the artefacts: its values read back exactly (`ExactValue`).
extension LexiconField: Codable {
    private enum Key: String, CodingKey {
        case name, type, words, values
        case distinctCount = "distinct_count"
        case minimum, maximum
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(ColumnType.self, forKey: .type)
        words = try c.decode([String].self, forKey: .words)
        values = try c.decode([ExactValue].self, forKey: .values).map(\.value)
        distinctCount = try c.decode(Int.self, forKey: .distinctCount)
        minimum = try c.decode(ExactValue.self, forKey: .minimum).value
        maximum = try c.decode(ExactValue.self, forKey: .maximum).value
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(words, forKey: .words)
        try c.encode(values.map(ExactValue.init), forKey: .values)
        try c.encode(distinctCount, forKey: .distinctCount)
        try c.encode(ExactValue(minimum), forKey: .minimum)
        try c.encode(ExactValue(maximum), forKey: .maximum)
    }
}
