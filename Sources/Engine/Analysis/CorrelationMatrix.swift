/// Pairwise correlations of numeric columns (pairwise-complete rows); `nil` where a pair has
/// fewer than 3 rows or a constant side.
public struct CorrelationMatrix: Sendable, Equatable, Codable {
    public var columns: [String]
    public var values: [[Double?]]

    /// Builds the matrix of `columns` with `measure(i, j)`, the correlation (Pearson or
    /// Spearman, over the pairwise-complete rows) of columns `i` and `j`.
    static func build(columns: [String], measure: (Int, Int) throws -> Correlation) -> CorrelationMatrix {
        let k = columns.count
        var values = [[Double?]](repeating: [Double?](repeating: nil, count: k), count: k)
        for i in 0..<k {
            for j in i..<k {
                let r = try? measure(i, j).coefficient
                values[i][j] = r
                values[j][i] = r
            }
        }
        return CorrelationMatrix(columns: columns, values: values)
    }
}
