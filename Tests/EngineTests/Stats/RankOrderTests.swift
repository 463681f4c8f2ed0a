import Testing

@testable import Engine

@Suite("Ranks of a subset of rows from one sort of the column")
struct RankOrderTests {
    /// Average ranks by counting: smaller values, plus the middle of the run of equal ones.
    static func naiveRanks(_ x: [Double]) -> [Double] {
        x.map { v in
            Double(x.filter { $0 < v }.count) + Double(x.filter { $0 == v }.count + 1) / 2
        }
    }

    @Test("every pairwise-complete subset ranks as its values would on their own, ties and gaps included")
    func subsetsMatchCounting() throws {
        var random = SeededGenerator(seed: 17)
        for round in 0..<40 {
            let n = 3 + round * 7
            // Few distinct values (many ties), some missing, an infinity now and then.
            func column() -> [Double?] {
                (0..<n).map { _ in
                    let u = Int.random(in: 0..<10, using: &random)
                    if u == 0 { return nil }
                    if u == 1 && round % 3 == 0 { return .infinity }
                    return Double(Int.random(in: 0..<(2 + round % 6), using: &random)) / 2
                }
            }
            let x = column(), y = column()
            let keep = KeyDrivers.complete(x, y)
            let (a, b) = KeyDrivers.pairs(x, y)
            #expect(RankOrder(x).ranks(keeping: keep) == Self.naiveRanks(a))
            #expect(RankOrder(y).ranks(keeping: keep) == Self.naiveRanks(b))
            let fromOrders = try? Correlation.spearman(RankOrder(x), RankOrder(y), keeping: keep)
            let direct = try? Correlation.pearson(Self.naiveRanks(a), Self.naiveRanks(b))
            #expect(fromOrders == direct)
        }
    }
}
