import Foundation
import Testing

@testable import Engine

@Suite("Asking the development set")
struct DevelopmentSetTests {
    /// Whether an answer matches the expected one exactly (labels, and values within 1e-6 relative).
    static func matches(_ q: DevelopmentSet.Question, _ a: Answer) -> Bool {
        func close(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            return abs(x - y) <= 1e-6 * max(1, abs(y))
        }
        let expected = q.datasets ?? []
        switch q.kind {
        case "kpi":
            return a.chart.type == .kpi && a.chart.data.datasets.count == 1 && a.chart.data.datasets[0].data.count == 1
                && close(a.chart.data.datasets[0].data[0].number, expected.first?.first ?? nil)
        case "multi":
            // The same cells, whichever of the two groupings the chart puts on its axis.
            var want: [String: Double?] = [:]
            for (k, s) in (q.series ?? []).enumerated() {
                for (j, l) in (q.labels ?? []).enumerated() { want[l + "\u{1}" + s] = expected[k][j] }
            }
            var got: [String: Double?] = [:], flipped: [String: Double?] = [:]
            for d in a.chart.data.datasets {
                for (l, v) in zip(a.chart.data.labels, d.data.map(\.number)) {
                    got[l + "\u{1}" + d.label] = v
                    flipped[d.label + "\u{1}" + l] = v
                }
            }
            func same(_ g: [String: Double?]) -> Bool {
                let present = want.filter { $0.value != nil }
                return present.allSatisfy { close(g[$0.key] ?? nil, $0.value) }
                    && g.filter { $0.value != nil }.count == present.count
            }
            return a.chart.type != .kpi && (same(got) || same(flipped))
        default:
            let labels = q.labels ?? []
            guard a.chart.type != .kpi, a.chart.data.datasets.count == 1, a.chart.data.labels.count == labels.count
            else {
                return false
            }
            // A numeric label is the same label however it is written ("1" and "1.0").
            func key(_ l: String) -> String { Double(l).map { "\($0)" } ?? l }
            let got = a.chart.data.labels.map(key)
            if q.ordered {
                guard got == labels.map(key) else { return false }
                return zip(a.chart.data.datasets[0].data.map(\.number), expected[0]).allSatisfy { close($0, $1) }
            }
            let byLabel = Dictionary(
                zip(got, a.chart.data.datasets[0].data.map(\.number)), uniquingKeysWith: { x, _ in x })
            return zip(labels, expected[0]).allSatisfy { l, v in byLabel[key(l)].map { close($0, v) } ?? false }
        }
    }

    @Test("answers the development set: figures for the dev and the locked split, and unanswerables refused")
    func accuracy() throws {
        let db = try DevelopmentSet.database()
        var askers: [String: Asker] = [:]
        var right: [String: Int] = [:], total: [String: Int] = [:], chartsRight = 0, charts = 0
        var unanswerable = 0, refused = 0, confidentWrong = 0
        var tableRight: [String: Int] = [:], tableTotal: [String: Int] = [:]
        var parseTimes: [Double] = []
        var failures: [String] = []
        for q in try DevelopmentSet.questions() {
            if askers[q.table] == nil { askers[q.table] = try Asker(connection: db, tables: [q.table]) }
            let asker = askers[q.table]!
            total[q.split, default: 0] += 1
            if q.kind == "refuse" { unanswerable += 1 }
            var ok = false
            var got = ""
            let clock = ContinuousClock()
            let start = clock.now
            _ = try? asker.understand(q.question)
            parseTimes.append((clock.now - start) / .milliseconds(1))
            do {
                let a = try asker.ask(q.question)
                ok = q.kind != "refuse" && Self.matches(q, a)
                if q.kind == "refuse" && a.confidence >= Asker.confidenceThreshold { confidentWrong += 1 }
                got =
                    "\(a.interpretation) → \(a.chart.type) \(a.chart.data.labels.prefix(6)) \(a.chart.data.datasets.prefix(3).map { $0.data.prefix(4).map { $0.number ?? .nan } })"
                if ok, let c = q.chart {
                    charts += 1
                    if a.chart.type.rawValue == c { chartsRight += 1 }
                }
            } catch let e as LanguageError {
                ok = q.kind == "refuse"
                if ok { refused += 1 }
                got = "refused: \(e.message)"
            } catch {
                got = "error: \(error)"
            }
            tableTotal[q.table, default: 0] += 1
            if ok {
                tableRight[q.table, default: 0] += 1
                right[q.split, default: 0] += 1
            } else if q.split == "dev" {
                failures.append(
                    "[\(q.table)] \(q.question)\n    got \(got)\n    want \(q.labels ?? []) \(q.datasets ?? [])")
            }
        }
        let dev = Double(right["dev"] ?? 0) / Double(max(1, total["dev"] ?? 0))
        let locked = Double(right["locked"] ?? 0) / Double(max(1, total["locked"] ?? 0))
        print(
            "development set: dev \(right["dev"] ?? 0)/\(total["dev"] ?? 0) = \(String(format: "%.1f", 100 * dev)) %, locked \(right["locked"] ?? 0)/\(total["locked"] ?? 0) = \(String(format: "%.1f", 100 * locked)) %, unanswerable refused \(refused)/\(unanswerable) (answered with confidence ≥ \(Asker.confidenceThreshold): \(confidentWrong)), explicit chart types \(chartsRight)/\(charts)"
        )
        parseTimes.sort()
        print(
            "parse time: p50 \(String(format: "%.3f", parseTimes[parseTimes.count / 2])) ms, p95 \(String(format: "%.3f", parseTimes[parseTimes.count * 95 / 100])) ms over \(parseTimes.count) questions"
        )
        print(
            "by table: "
                + tableTotal.keys.sorted().map { "\($0) \(tableRight[$0] ?? 0)/\(tableTotal[$0] ?? 0)" }.joined(
                    separator: ", "))
        if ProcessInfo.processInfo.environment["ASK_FAILURES"] != nil { print(failures.joined(separator: "\n")) }
        // Floors a little under the measured figures, so a regression fails.
        #expect(dev >= 0.92)
        #expect(locked >= 0.70)
        #expect(Double(refused) >= 0.85 * Double(unanswerable))
        // The figure `GET /api/v1/ai/models` reports must be this run's.
        #expect(
            right["locked"] ?? 0 == Asker.heldOutAccuracy.correct
                && total["locked"] ?? 0 == Asker.heldOutAccuracy.total)
    }
}
