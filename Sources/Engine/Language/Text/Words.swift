/// Word-level normalisation shared by the lexicon and the parser.
enum Words {
    /// Splits an identifier or value into lowercase words: `total_bill` → [total, bill],
    /// `lifeExp` → [life, exp], `Miles_per_Gallon` → [miles, per, gallon], `GDP2020` → [gdp, 2020].
    static func split(_ name: String) -> [String] {
        var words: [String] = []
        var cur = ""
        var prev: Character?
        for ch in name {
            if ch.isLetter || ch.isNumber {
                let boundary =
                    (ch.isUppercase && (prev?.isLowercase ?? false)) || (ch.isNumber != (prev?.isNumber ?? ch.isNumber))
                if boundary && !cur.isEmpty {
                    words.append(cur)
                    cur = ""
                }
                cur.append(ch)
            } else if !cur.isEmpty {
                words.append(cur)
                cur = ""
            }
            prev = ch
        }
        if !cur.isEmpty { words.append(cur) }
        return words.map { $0.lowercased() }
    }

    /// A light stem: common inflection and derivation endings removed (`generated`,
    /// `generation` → generat; `investment` → invest).
    static func stem(_ w: String) -> String {
        for suffix in [
            "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ated", "ate", "ers", "er", "ed", "es",
            "s",
        ]
        where w.count >= suffix.count + 3 && w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    /// A plural form: `category` → categories, `box` → boxes, `county` → counties, `day` → days.
    static func plural(_ w: String) -> String {
        if let irregular = irregularPlurals.first(where: { $0.value == w })?.key { return irregular }
        guard w.count > 2, w.allSatisfy(\.isLetter) else { return w + "s" }
        if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) {
            return String(w.dropLast()) + "ies"
        }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        return w + "s"
    }

    /// Latin and Greek plurals of words that name things in tables ("how many genera").
    static let irregularPlurals: [String: String] = [
        "genera": "genus", "criteria": "criterion", "phenomena": "phenomenon", "indices": "index",
        "matrices": "matrix", "vertices": "vertex", "analyses": "analysis", "fungi": "fungus", "cacti": "cactus",
        "nuclei": "nucleus", "stimuli": "stimulus", "theses": "thesis", "hypotheses": "hypothesis",
        "taxa": "taxon", "strata": "stratum",
    ]

    /// A crude singular form: `countries` → country, `sales` → sale, `boxes` → box, `species` stays.
    static func singular(_ w: String) -> String {
        if let irregular = irregularPlurals[w] { return irregular }
        guard w.count > 3 else { return w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("ies") { return w }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// Irregular past forms common in questions ("came", "bought", "sold"): like words ending
    /// in -ed, they say what happened to the rows and name no measure.
    static let irregularPast: Set<String> = [
        "came", "went", "got", "gotten", "made", "took", "taken", "gave", "given", "sold", "bought", "spent", "won",
        "lost", "did", "done", "ran", "saw", "seen", "brought", "built", "caught", "chose", "drove", "driven", "fell",
        "flew", "flown", "found", "grew", "grown", "held", "kept", "knew", "led", "met", "rode", "said", "sent",
        "shot", "stood", "thought", "told", "wore", "wrote", "written", "became", "began", "begun", "broke", "ate",
        "drank", "fought", "hit", "hurt", "paid", "put", "set", "spoke", "stole", "swam", "taught", "threw",
    ]

    /// Nouns for people, singular ("patients over 65", "people younger than 30"): a bare number
    /// compared about them is an age.
    static let personNouns: Set<String> = [
        "person", "people", "persons", "patient", "passenger", "employee", "customer", "student", "member", "user",
        "adult", "individual", "respondent", "worker", "player", "man", "men", "woman", "women", "child", "children",
        "kid", "subject", "participant", "voter", "resident", "client", "athlete", "applicant", "borrower",
    ]

    /// Whether `w` reads as a verb form or an adverb ("operated", "flying", "usually",
    /// "bought"): such words describe the rows and never name a measure or a thing counted.
    static func isVerbForm(_ w: String) -> Bool {
        irregularPast.contains(w) || (w.count > 4 && (w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("ly")))
    }
}
