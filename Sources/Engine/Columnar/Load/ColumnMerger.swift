/// Joins one column's chunks into one storage: arrays concatenated, text dictionaries unified
/// (the first chunk's codes kept, later chunks' codes remapped).
enum ColumnMerger {
    static func merge(_ parts: [ColumnBuilder]) -> ColumnStorage {
        let anyNull = parts.contains { $0.anyNull }
        switch parts[0].plan {
        case .integer, .boolean:
            return .integers(concat(parts.map(\.integers)), nulls: anyNull ? concat(parts.map(\.nulls)) : nil)
        case .decimal:
            return .reals(concat(parts.map(\.reals)), nulls: anyNull ? concat(parts.map(\.nulls)) : nil)
        case .date, .datetime, .string:
            var interner = parts[0].interner
            var codes = parts[0].codes
            codes.reserveCapacity(parts.reduce(0) { $0 + $1.codes.count })
            for part in parts.dropFirst() {
                var remap: [Int32] = []
                remap.reserveCapacity(part.interner.count)
                part.interner.forEach { remap.append(interner.code($0)) }
                remap.withUnsafeBufferPointer { map in
                    for c in part.codes { codes.append(c < 0 ? -1 : map[Int(c)]) }
                }
            }
            return .text(codes: codes, values: interner.strings())
        }
    }

    private static func concat<T>(_ arrays: [[T]]) -> [T] {
        if arrays.count == 1 { return arrays[0] }
        var out: [T] = []
        out.reserveCapacity(arrays.reduce(0) { $0 + $1.count })
        for a in arrays { out.append(contentsOf: a) }
        return out
    }
}
