/// Pairwise correlations of numeric columns (pairwise-complete rows); `nil` where a pair has
/// fewer than 3 rows or a constant side.
public struct CorrelationMatrix: Sendable, Equatable, Codable {
    public var columns: [String]
    public var values: [[Double?]]

    /// Builds the matrix with `measure` (Pearson or Spearman) over `data` (one array per column,
    /// `nil` for missing).
    static func build(
        columns: [String], data: [[Double?]], measure: ([Double], [Double]) throws -> Correlation
    ) -> CorrelationMatrix {
        let k = columns.count
        var values = [[Double?]](repeating: [Double?](repeating: nil, count: k), count: k)
        for i in 0..<k {
            for j in i..<k {
                let (x, y) = KeyDrivers.pairs(data[i], data[j])
                let r = try? measure(x, y).coefficient
                values[i][j] = r
                values[j][i] = r
            }
        }
        return CorrelationMatrix(columns: columns, values: values)
    }
}
