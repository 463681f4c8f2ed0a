/// A unit of measure written after a number ("5 kg") or at the end of a column name
/// (`body_mass_g`, `Weight_in_lbs`), so numbers can be converted to the column's unit.
struct Unit: Sendable, Hashable {
    /// What the unit measures: "mass", "length", "volume", "money"; "" for words that only
    /// decorate a number ("percent", "points").
    var dimension: String
    /// How many base units (gram, millimetre, millilitre) one of this unit is.
    var factor: Double

    /// Time-grain words that measure a duration after a number ("10 years"), in days.
    static let durations: [String: Double] = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30.4375, "months": 30.4375, "year": 365.25,
        "years": 365.25, "yrs": 365.25, "hours": 1 / 24.0, "hour": 1 / 24.0, "minutes": 1 / 1440.0,
    ]

    /// Words before a number that make "N months" a relative date span ("last 3 months").
    static let relativeWords: Set<String> = [
        "last", "past", "previous", "first", "next", "trailing", "recent", "latest", "earliest", "initial", "top",
        "bottom", "best", "worst", "the",
    ]

    /// The unit a word names (`kg`, `grams`, `miles`, `$`), if any.
    static func named(_ word: String) -> Unit? { table[word] }

    private static let table: [String: Unit] = {
        var t: [String: Unit] = [:]
        func add(_ words: String, _ dimension: String, _ factor: Double) {
            for w in words.split(separator: "|") { t[String(w)] = Unit(dimension: dimension, factor: factor) }
        }
        add("g|gram|grams|gr", "mass", 1)
        add("kg|kgs|kilo|kilos|kilogram|kilograms", "mass", 1_000)
        add("mg|milligram|milligrams", "mass", 0.001)
        add("lb|lbs|pound|pounds", "mass", 453.59237)
        add("oz|ounce|ounces", "mass", 28.349523125)
        add("tonne|tonnes|ton|tons", "mass", 1_000_000)
        add("mm|millimeter|millimeters|millimetre|millimetres", "length", 1)
        add("cm|centimeter|centimeters|centimetre|centimetres", "length", 10)
        add("meter|meters|metre|metres", "length", 1_000)
        add("km|kms|kilometer|kilometers|kilometre|kilometres", "length", 1_000_000)
        add("ft|foot|feet", "length", 304.8)
        add("inch|inches", "length", 25.4)
        add("mi|mile|miles", "length", 1_609_344)
        add("ml|milliliter|milliliters|millilitre|millilitres", "volume", 1)
        add("liter|liters|litre|litres", "volume", 1_000)
        add("gal|gallon|gallons", "volume", 3_785.411784)
        add("dollar|dollars|usd|bucks|euro|euros|eur", "money", 1)
        add("percent|pct|points|%", "", 1)
        // Degrees are not converted (°F and °C differ by an offset): the unit only finds the column.
        add("degree|degrees|deg|fahrenheit|celsius", "temperature", 1)
        // Durations in days, like `durations`; day and longer stay time-grain words.
        add("sec|secs|second|seconds", "duration", 1 / 86_400)
        add("min|mins|minute|minutes", "duration", 1 / 1_440)
        add("hr|hrs|hour|hours", "duration", 1 / 24)
        return t
    }()
}

extension LexiconField {
    /// The unit the column's name ends with (`flipper_length_mm` → millimetres).
    var unit: Unit? {
        guard let last = words.last, last.count <= 3 || words.count >= 2,
            let u = Unit.named(last) ?? Self.shortUnits[last],
            !u.dimension.isEmpty
        else { return nil }
        // `temp_min`, `price_min`: the smallest value, not minutes.
        if u.dimension == "duration", !words.dropLast().contains(where: Self.timeWords.contains) { return nil }
        return u
    }

    /// Words that make a trailing `min`, `sec` or `hrs` a unit of time (`air_time_min`, `dep_delay_min`).
    static let timeWords: Set<String> = [
        "time", "delay", "downtime", "duration", "dur", "wait", "sess", "session", "uptime", "runtime", "call",
        "handle", "response", "travel", "play", "played", "idle", "lead", "cycle", "drive", "ride", "trip", "flight",
    ]

    /// One-letter units only a column name's last word stands for (`volume_l`, `height_m`).
    private static let shortUnits: [String: Unit] = [
        "m": Unit(dimension: "length", factor: 1_000), "l": Unit(dimension: "volume", factor: 1_000),
        "f": Unit(dimension: "temperature", factor: 1), "c": Unit(dimension: "temperature", factor: 1),
    ]

    /// `value` written in `unit`, in this column's unit (unchanged when either is unknown or
    /// they measure different things).
    func convert(_ value: Double, from unit: Unit?) -> Double {
        guard let unit, let own = self.unit, unit.dimension == own.dimension else { return value }
        return value * unit.factor / own.factor
    }
}
