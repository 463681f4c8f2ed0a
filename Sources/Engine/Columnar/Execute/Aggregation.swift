/// Computes one aggregate for every group in flat per-group arrays, with SQLite 3.40's
/// arithmetic: SUM adds integers exactly (and as doubles alongside) and reals by plain double
/// addition in row order; AVG and TOTAL divide/return the double sum.
struct Aggregation {
    let columns: [ColumnarColumn]
    let rows: [Int32]
    let groupOf: [Int32]
    let groupCount: Int

    func values(_ call: AggregateCall) throws -> [SQLValue] {
        switch call.kind {
        case .countAll:
            if groupCount == 1 { return [.integer(Int64(groupOf.count))] }
            var counts = [Int64](repeating: 0, count: groupCount)
            groupOf.withUnsafeBufferPointer { for g in $0 { counts[Int(g)] += 1 } }
            return counts.map(SQLValue.integer)
        case .count:
            var counts = [Int64](repeating: 0, count: groupCount)
            try forEach(call.argument) { g, v in if !v.isNull { counts[g] += 1 } }
            return counts.map(SQLValue.integer)
        case .countDistinct:
            if case .column(let c)? = call.argument, let count = distinctCount(of: columns[c].storage) {
                return [.integer(Int64(count))]
            }
            var seen = [Set<GroupValue>](repeating: [], count: groupCount)
            try forEach(call.argument) { g, v in if !v.isNull { seen[g].insert(GroupValue(v)) } }
            return seen.map { .integer(Int64($0.count)) }
        case .min, .max:
            let sign = call.kind == .min ? 1 : -1
            if case .column(let c)? = call.argument, let best = extreme(of: columns[c].storage, sign: sign) {
                return [best]
            }
            var best = [SQLValue](repeating: .null, count: groupCount)
            try forEach(call.argument) { g, v in
                if v.isNull { return }
                if best[g].isNull || ValueOrder.compare(best[g], v) * sign > 0 { best[g] = v }
            }
            return best
        case .sum, .total, .avg:
            return try sums(call)
        }
    }

    private func sums(_ call: AggregateCall) throws -> [SQLValue] {
        var count = [Int](repeating: 0, count: groupCount)
        var real = [Double](repeating: 0, count: groupCount)
        var integer = [Int64](repeating: 0, count: groupCount)
        var approx = [Bool](repeating: false, count: groupCount)
        var overflow = [Bool](repeating: false, count: groupCount)
        if case .column(let c)? = call.argument, case .reals(let v, let nulls) = columns[c].storage {
            Self.addReals(v, nulls: nulls, rows: rows, groupOf: groupOf, count: &count, sum: &real)
            for g in 0..<groupCount { approx[g] = true }
        } else if case .column(let c)? = call.argument, case .integers(let v, let nulls) = columns[c].storage {
            Self.addIntegers(
                v, nulls: nulls, rows: rows, groupOf: groupOf, count: &count, real: &real, integer: &integer,
                overflow: &overflow)
        } else {
            try forEach(call.argument) { g, v in
                var value = v
                if case .text(let s) = v { value = NumericText.parse(s) ?? .real(NumericText.prefixDouble(s)) }
                switch value {
                case .null: return
                case .integer(let i):
                    count[g] += 1
                    real[g] += Double(i)
                    if !approx[g], !overflow[g] {
                        let (s, o) = integer[g].addingReportingOverflow(i)
                        integer[g] = s
                        if o { (approx[g], overflow[g]) = (true, true) }
                    }
                case .real(let d):
                    count[g] += 1
                    real[g] += d
                    approx[g] = true
                default: throw ColumnarError.unsupported("aggregating blobs")
                }
            }
        }
        return try (0..<groupCount).map { g in
            switch call.kind {
            case .total: return .real(real[g])
            case .avg: return count[g] == 0 ? .null : .real(real[g] / Double(count[g]))
            default:
                if count[g] == 0 { return .null }
                if overflow[g] { throw ColumnarError.unsupported("integer overflow in SUM") }
                return approx[g] ? .real(real[g]) : .integer(integer[g])
            }
        }
    }

    /// Calls `body` with (group, argument value) for every selected row in table order.
    private func forEach(_ argument: Node?, _ body: (Int, SQLValue) throws -> Void) throws {
        guard let argument else { throw ColumnarError.unsupported("an aggregate without an argument") }
        if case .column(let c) = argument {
            let storage = columns[c].storage
            for (i, r) in rows.enumerated() { try body(Int(groupOf[i]), storage.value(at: Int(r))) }
            return
        }
        let evaluator = Evaluator(columns: columns)
        for (i, r) in rows.enumerated() { try body(Int(groupOf[i]), try evaluator.eval(argument, Int(r))) }
    }

    /// Per group: non-NULL count and plain double sum in row order.
    private static func addReals(
        _ v: [Double], nulls: [Bool]?, rows: [Int32], groupOf: [Int32], count: inout [Int], sum: inout [Double]
    ) {
        v.withUnsafeBufferPointer { v in
            rows.withUnsafeBufferPointer { rows in
                groupOf.withUnsafeBufferPointer { groupOf in
                    count.withUnsafeMutableBufferPointer { count in
                        sum.withUnsafeMutableBufferPointer { sum in
                            if count.count == 1, nulls == nil {
                                // One group, no NULLs: the same additions in the same order.
                                var total = 0.0
                                for i in 0..<rows.count { total += v[Int(rows[i])] }
                                count[0] = rows.count
                                sum[0] = total
                                return
                            }
                            for i in 0..<rows.count {
                                let r = Int(rows[i])
                                if let nulls, nulls[r] { continue }
                                let g = Int(groupOf[i])
                                count[g] &+= 1
                                sum[g] += v[r]
                            }
                        }
                    }
                }
            }
        }
    }

    /// Per group: non-NULL count, double sum and exact integer sum (with overflow) in row order.
    private static func addIntegers(
        _ v: [Int64], nulls: [Bool]?, rows: [Int32], groupOf: [Int32], count: inout [Int], real: inout [Double],
        integer: inout [Int64], overflow: inout [Bool]
    ) {
        v.withUnsafeBufferPointer { v in
            rows.withUnsafeBufferPointer { rows in
                groupOf.withUnsafeBufferPointer { groupOf in
                    count.withUnsafeMutableBufferPointer { count in
                        real.withUnsafeMutableBufferPointer { real in
                            integer.withUnsafeMutableBufferPointer { integer in
                                for i in 0..<rows.count {
                                    let r = Int(rows[i])
                                    if let nulls, nulls[r] { continue }
                                    let g = Int(groupOf[i])
                                    count[g] &+= 1
                                    real[g] += Double(v[r])
                                    let (s, o) = integer[g].addingReportingOverflow(v[r])
                                    integer[g] = s
                                    if o { overflow[g] = true }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
