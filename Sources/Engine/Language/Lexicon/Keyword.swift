/// A word or phrase with a fixed meaning in questions, independent of the data.
enum Keyword: Sendable, Hashable {
    case aggregate(Aggregate)
    /// "how many", "number of", "count".
    case count
    /// "distinct", "unique", "different".
    case distinct
    /// "by", "per", "for each", "across": a grouping follows.
    case by
    case grain(TimeGrain)
    /// "over time", "trend": group by the natural time grain.
    case overTime
    case top, bottom
    /// "highest", "most" (`true`) or "lowest", "least" (`false`).
    case extreme(highest: Bool)
    case which
    case compare(Filter.Operator)
    case between
    case and
    case negation
    case share, growth, ratio
    /// "difference between A and B", "A minus B": the first measure less the second.
    case difference
    /// A named season (its first month: 12, 3, 6, 9).
    case season(Int)
    /// "month over month", "yoy": growth between consecutive buckets of a grain.
    case growthBy(TimeGrain)
    /// "vs", "against", "correlation": two measures against each other.
    case versus
    case chart(String)
    case sort(descending: Bool?)
    case rows
    /// "missing", "no", "null": rows where a column is empty.
    case missing
    /// Date phrase words: months, "last", "since", "before", "from", "to", "in".
    case month(Int)
    case quarterName(Int)
    case last, first, since, before, after, from, to, during
    case stop
}
