import Foundation

/// File-name-safe forms of values and readable forms of file names.
enum Slug {
    /// `North East` → `north-east`; characters other than ASCII letters and digits become one `-`.
    /// An empty result is `_`, so every value gets a file.
    static func make(_ value: String) -> String {
        var out = ""
        var pending = false
        for scalar in value.lowercased().unicodeScalars {
            if scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) {
                if pending && !out.isEmpty { out.append("-") }
                pending = false
                out.unicodeScalars.append(scalar)
            } else {
                pending = true
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// `product-mix` → `Product mix`.
    static func readable(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
