import Foundation
import Testing

@testable import Engine

@Suite("Chart model JSON")
struct ChartDataTests {
    static let apiExample = """
        {"type":"line","data":{"labels":["Jan","Feb","Mar","Apr"],"datasets":[{"label":"Sales","data":[1000,1200,1100,1400]}]}}
        """

    @Test("decodes the API's chart_data example")
    func decodesExample() throws {
        let c = try JSONDecoder().decode(ChartData.self, from: Data(Self.apiExample.utf8))
        #expect(c.type == .line)
        #expect(c.data.labels == ["Jan", "Feb", "Mar", "Apr"])
        #expect(c.data.datasets[0].data == [1000, 1200, 1100, 1400])
    }

    @Test("round-trips through JSON unchanged, nulls, points and options included")
    func roundTrip() throws {
        var options = ChartOptions(
            title: "T", numberFormat: .currency("EUR", decimals: 0), theme: "dark", stacked: true)
        options.colors = ["#112233"]
        options.note = "n"
        let chart = ChartData(
            type: .combo, labels: ["2023-01", "2023-02"],
            datasets: [
                ChartDataset(label: "a", data: [1.5, nil], type: .bar),
                ChartDataset(
                    label: "b", data: [.point(ChartPoint(x: 1, y: 2, r: 3, label: "p")), "text"], axis: "y2",
                    role: .forecast),
            ], options: options)
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let json = try enc.encode(chart)
        let back = try JSONDecoder().decode(ChartData.self, from: json)
        #expect(back == chart)
        #expect(try enc.encode(back) == json)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"data\":[1.5,null]"))
        #expect(text.contains("{\"label\":\"p\",\"r\":3,\"x\":1,\"y\":2}"))
    }

    @Test("non-finite numbers are written as null")
    func nonFinite() throws {
        let ds = ChartDataset(label: "x", data: [.number(.nan), .number(.infinity), 2])
        let text = String(decoding: try JSONEncoder().encode(ds), as: UTF8.self)
        #expect(text.contains("[null,null,2]"))
    }

    @Test("options and data may be missing")
    func minimal() throws {
        let c = try JSONDecoder().decode(ChartData.self, from: Data(#"{"type":"pie"}"#.utf8))
        #expect(c.data.labels.isEmpty && c.data.datasets.isEmpty && c.options == ChartOptions())
    }
}
