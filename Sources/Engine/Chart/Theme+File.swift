import Foundation

extension Theme {
    /// A theme read from a JSON file with the fields of `Theme` (colours as CSS colour text).
    /// Colours that are not plain CSS colours are refused, so a theme file cannot inject markup.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ChartError.badTheme("\(url.path): cannot read the theme file")
        }
        let theme: Theme
        do {
            theme = try JSONCoding.decode(Theme.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw ChartError.badTheme("\(url.path): the theme has no \"\(key.stringValue)\"")
        } catch {
            throw ChartError.badTheme("\(url.path): not a theme file (a JSON object with the fields of a theme)")
        }
        let colours =
            [
                theme.background, theme.text, theme.mutedText, theme.grid, theme.axis, theme.positive,
                theme.negative, theme.rampLow, theme.rampHigh,
            ] + theme.palette
        if let bad = colours.first(where: { !ColorText.isSafe($0) }) {
            throw ChartError.badTheme("\(url.path): \"\(bad)\" is not a CSS colour")
        }
        if theme.palette.isEmpty { throw ChartError.badTheme("\(url.path): the theme's palette is empty") }
        if theme.fontFamily.contains(where: { "<>\"&;{}".contains($0) }) {
            throw ChartError.badTheme("\(url.path): the font family may only name fonts")
        }
        self = theme
    }
}
