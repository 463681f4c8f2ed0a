import Engine
import Foundation

/// The rules of a dashboard: a name, a short description, settings, and a layout on a
/// 12-column grid — whole numbers, `w ≥ 1`, `x + w ≤ 12`, `h ≥ 1`, no two items overlapping,
/// at most 100 items. Each violation is reported under its field, e.g. `layout[2].position.w`.
enum DashboardValidation {
    static let columns = 12
    static let maximumItems = 100
    static let maximumRow = 10_000
    static let maximumHeight = 100
    static let refreshIntervals = 10...86_400
    static let themes = ["light", "dark", "auto"]

    static func name(_ name: String) throws {
        guard (1...200).contains(name.unicodeScalars.count) else {
            throw APIError.validation("name", "1 to 200 characters.")
        }
    }

    static func description(_ text: String?) throws {
        if let text, text.unicodeScalars.count > 2000 {
            throw APIError.validation("description", "At most 2000 characters.")
        }
    }

    /// The layout items, or `VALIDATION_ERROR` with one detail per fault found.
    static func layout(_ values: [Engine.JSONValue]) throws -> [DashboardItem] {
        guard values.count <= maximumItems else {
            throw APIError.validation("layout", "At most \(maximumItems) items.")
        }
        var details: [String: String] = [:]
        var items: [DashboardItem] = []
        for (i, value) in values.enumerated() {
            let at = "layout[\(i)]"
            guard case .object(let fields) = value else {
                details[at] = "Expected an object with chart_id and position."
                continue
            }
            var chartID = ""
            if case .string(let id)? = fields["chart_id"], (1...100).contains(id.unicodeScalars.count) {
                chartID = id
            } else {
                details[at + ".chart_id"] = "A chart id is required."
            }
            guard case .object(let p)? = fields["position"] else {
                details[at + ".position"] = "Expected an object with x, y, w and h."
                continue
            }
            func number(_ key: String, _ range: ClosedRange<Int>) -> Int? {
                guard case .number(let d)? = p[key], d == d.rounded(), Double(range.lowerBound) <= d,
                    d <= Double(range.upperBound)
                else {
                    details["\(at).position.\(key)"] =
                        "A whole number from \(range.lowerBound) to \(range.upperBound)."
                    return nil
                }
                return Int(d)
            }
            let x = number("x", 0...(columns - 1)), y = number("y", 0...maximumRow)
            let w = number("w", 1...columns), h = number("h", 1...maximumHeight)
            guard let x, let y, let w, let h else { continue }
            if x + w > columns {
                details[at + ".position.w"] = "x + w must be at most \(columns) (the grid has \(columns) columns)."
                continue
            }
            let position = GridPosition(x: x, y: y, w: w, h: h)
            if let other = items.firstIndex(where: { $0.position.overlaps(position) }) {
                details[at + ".position"] = "Overlaps item \(other)."
            }
            items.append(DashboardItem(chartID: chartID, position: position))
        }
        guard details.isEmpty else { throw APIError.validation(details) }
        return items
    }

    /// `base` with the settings given applied (unknown keys are ignored, `null` leaves a value).
    static func settings(_ values: [String: Engine.JSONValue], over base: DashboardSettings) throws
        -> DashboardSettings
    {
        var out = base
        var details: [String: String] = [:]
        for (key, value) in values where value != .null {
            switch key {
            case "auto_refresh":
                if case .bool(let b) = value {
                    out.autoRefresh = b
                } else {
                    details["settings.auto_refresh"] = "true or false."
                }
            case "public":
                if case .bool(let b) = value { out.isPublic = b } else { details["settings.public"] = "true or false." }
            case "refresh_interval":
                if case .number(let d) = value, d == d.rounded(), Double(refreshIntervals.lowerBound) <= d,
                    d <= Double(refreshIntervals.upperBound)
                {
                    out.refreshInterval = Int(d)
                } else {
                    details["settings.refresh_interval"] =
                        "Seconds, a whole number from \(refreshIntervals.lowerBound) to \(refreshIntervals.upperBound)."
                }
            case "theme":
                if case .string(let t) = value, themes.contains(t) {
                    out.theme = t
                } else {
                    details["settings.theme"] = "One of " + themes.joined(separator: ", ") + "."
                }
            default: continue
            }
        }
        guard details.isEmpty else { throw APIError.validation(details) }
        return out
    }
}
