/// One understood piece of a question.
enum Item: Sendable, Hashable {
    case column(Int)
    case value(Int, SQLValue)
    case keyword(Keyword)
    case number(Double)
    /// A date written in ISO form (`2014-03`, `2014-03-05`).
    case date(String)
    case table
    /// Several columns fit equally well ("temperature": temp_max or temp_min).
    case ambiguous([Int])
    /// A word nothing in the lexicon or vocabulary matches.
    case unknown(String)
}

/// An item with the question text it came from.
struct TaggedItem: Sendable, Hashable {
    var item: Item
    var text: String
    /// The unit written right after a number ("5 kg").
    var unit: Unit? = nil
    /// Whether the word was reached through a typo correction (it counts half towards the confidence).
    var guessed = false
    /// Whether "level" or "rate" followed the column ("co2 level", "murder rate"): a level,
    /// averaged rather than summed unless an aggregate is said.
    var level = false
}
