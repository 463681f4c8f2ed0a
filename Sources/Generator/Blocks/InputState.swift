/// The resolved options of one input on a page and which one the current variant shows.
struct InputState: Sendable {
    var name: String
    var values: [String]
    var selected: Int

    /// The id of the hidden radio button for option `index`.
    /// The name shared by the radio buttons of this input.
    var groupName: String { "in-\(Slug.make(name))" }

    func radioID(_ index: Int) -> String { "in-\(Slug.make(name))-\(index)" }
}
