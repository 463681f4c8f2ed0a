/// Shows one precomputed variant of a page at a time with CSS only: one hidden radio button per
/// input option, then every variant, and one `:checked ~` rule per variant.
enum VariantSwitch {
    static func html(inputs: [InputState], variants: [[Int]], bodies: [String]) -> String {
        var out = "<div class=\"variants\">\n"
        for input in inputs {
            for i in input.values.indices {
                out +=
                    "<input type=\"radio\" class=\"variant-radio\" name=\"\(input.groupName)\" id=\"\(input.radioID(i))\"\(i == input.selected ? " checked" : "") aria-label=\"\(HTML.escape(input.values[i]))\">\n"
            }
        }
        var rules: [String] = []
        for (k, variant) in variants.enumerated() {
            let selector = variant.enumerated().map { "#\(inputs[$0].radioID($1)):checked" }.joined(separator: " ~ ")
            rules.append("\(selector) ~ .v\(k)")
            out += "<div class=\"variant v\(k)\">\n\(bodies[k])</div>\n"
        }
        out += "<style>.variant{display:none}\n\(rules.joined(separator: ",\n")){display:block}</style>\n</div>\n"
        return out
    }
}
