/// Comparisons of secrets whose time does not depend on where the inputs differ.
enum ConstantTime {
    /// Whether `a` and `b` are the same bytes, comparing every byte of equal-length inputs.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
