import Engine
import Foundation
import Synchronization

/// The project's CSV and TSV sources loaded into in-memory columns for the columnar query path,
/// once, on first use. A source that cannot be loaded this way (another format, a file the
/// columnar loader rejects) is simply absent: its queries run on SQLite, which reports any error.
final class ColumnarSources: Sendable {
    let sources: [ResolvedSource]
    /// Whether queries may run on the columnar engine at all.
    let enabled: Bool
    private let tables = Mutex<[String: ColumnarTable]?>(nil)

    init(sources: [ResolvedSource], enabled: Bool = true) {
        self.sources = sources
        self.enabled = enabled
    }

    /// Table name → columnar table, loading them on the first call (other callers wait).
    func loaded() -> [String: ColumnarTable] {
        tables.withLock { tables in
            if let tables { return tables }
            var out: [String: ColumnarTable] = [:]
            for source in sources where source.spec.sheet == nil {
                let format = try? FileFormat.detect(source.url)
                guard format == .csv || format == .tsv,
                    let table = try? ColumnarTable.load(source.url, as: source.spec.table, format: format)
                else { continue }
                out[source.spec.table] = table
            }
            tables = out
            return out
        }
    }
}
