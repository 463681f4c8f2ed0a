/// A column's rows sorted by value once (missing and non-finite values left out), so that
/// Spearman's ranks over any subset of its rows — the pairwise-complete rows of each pair it is
/// correlated with — take one linear pass instead of a sort per pair.
struct RankOrder: Sendable {
    /// Rows with a finite value, in ascending order of value.
    private let rows: [Int]
    /// Their values, in the same order.
    private let values: [Double]
    /// How many rows the column has, finite or not.
    let count: Int

    init(_ column: [Double?]) {
        var pairs: [(value: Double, row: Int)] = []
        pairs.reserveCapacity(column.count)
        for (row, v) in column.enumerated() {
            if let v, v.isFinite { pairs.append((v, row)) }
        }
        pairs.sort { $0.value < $1.value }
        rows = pairs.map(\.row)
        values = pairs.map(\.value)
        count = column.count
    }

    /// Ranks 1…m of the m rows where `keep` holds (each must have a finite value), listed in row
    /// order; tied values share the average of their ranks. The same numbers as ranking the kept
    /// values on their own.
    func ranks(keeping keep: [Bool]) -> [Double] {
        var slot = [Int](repeating: -1, count: count)
        var m = 0
        for row in 0..<count where keep[row] {
            slot[row] = m
            m += 1
        }
        var ranks = [Double](repeating: 0, count: m)
        var tied: [Int] = []
        var seen = 0
        var k = 0
        while k < rows.count {
            // One run of equal values; only its kept rows are ranked.
            let value = values[k]
            tied.removeAll(keepingCapacity: true)
            while k < rows.count && values[k] == value {
                if slot[rows[k]] >= 0 { tied.append(slot[rows[k]]) }
                k += 1
            }
            guard !tied.isEmpty else { continue }
            let average = Double(2 * seen + tied.count - 1) / 2 + 1
            for s in tied { ranks[s] = average }
            seen += tied.count
        }
        return ranks
    }
}
