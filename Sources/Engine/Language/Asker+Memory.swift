extension Asker {
    /// An estimate of the memory the NL engine's vocabulary holds, in bytes: its phrases (with
    /// Swift's per-array and per-string overheads) and the column values it knows.
    public var estimatedBytes: Int {
        var total = 0
        for p in parsers {
            let lexicon = p.lexicon
            for entries in lexicon.index.values {
                for e in entries { total += 64 + e.words.reduce(0) { $0 + 16 + $1.utf8.count } }
            }
            total += lexicon.vocabulary.reduce(0) { $0 + 32 + $1.utf8.count }
            for f in lexicon.fields { total += 128 + f.values.reduce(0) { $0 + 24 + ($1.string?.utf8.count ?? 0) } }
        }
        return total
    }
}
