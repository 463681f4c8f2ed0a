/// A strftime-style pattern for time labels, set as `options.dateFormat` (e.g. `%b %Y` →
/// `Jan 2024`). Directives: `%Y` year, `%y` two-digit year, `%m` month 01–12, `%b` / `%B` short /
/// full month name, `%d` day 01–31, `%e` day without padding, `%H` hour 00–23, `%M` minute,
/// `%q` quarter 1–4, `%%` a percent sign. Other text is copied as it is.
struct TimeLabelFormat: Sendable, Hashable {
    let pattern: String

    init(_ pattern: String) { self.pattern = pattern }

    /// The label for `t` (seconds since 1970-01-01 UTC, as on Aiser's time axes).
    func string(_ t: Double) -> String {
        let c = TimeValue.components(t)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        var out = ""
        var percent = false
        for ch in pattern {
            guard percent else {
                if ch == "%" { percent = true } else { out.append(ch) }
                continue
            }
            percent = false
            switch ch {
            case "Y": out += String(c.year)
            case "y": out += two(((c.year % 100) + 100) % 100)
            case "m": out += two(c.month)
            case "b": out += DateText.monthAbbreviations[c.month - 1]
            case "B": out += DateText.monthNames[c.month - 1]
            case "d": out += two(c.day)
            case "e": out += String(c.day)
            case "H": out += two(c.hour)
            case "M": out += two(c.minute)
            case "q": out += String((c.month - 1) / 3 + 1)
            case "%": out += "%"
            default: out += "%" + String(ch)
            }
        }
        if percent { out += "%" }
        return out
    }

    /// The label for a bucket label or ISO date (`2024-01`, `2024-01-15`); `nil` when `raw` is not a time.
    func string(label raw: String) -> String? {
        TimeValue.parse(raw).map { string($0.0) }
    }
}
