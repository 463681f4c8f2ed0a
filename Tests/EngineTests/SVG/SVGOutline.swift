import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed SVG, enough to check its structure: every element with its attributes, parent and
/// text; parsing fails on malformed XML.
final class SVGOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: Int?
        var text = ""
        var children: [Int] = []
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private(set) var error: (any Error)?

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { throw parser.parserError ?? NSError(domain: "SVGOutline", code: 1) }
    }

    var root: Element { elements[0] }

    /// Elements called `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The text of the first child called `name` of `element`.
    func child(_ name: String, of element: Element) -> Element? {
        element.children.map { elements[$0] }.first { $0.name == name }
    }

    /// Whether an ancestor of `element` has `class` = `cls`.
    func inside(_ element: Element, class cls: String) -> Bool {
        var p = element.parent
        while let i = p {
            if elements[i].attributes["class"] == cls { return true }
            p = elements[i].parent
        }
        return false
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let i = elements.count
        elements.append(Element(name: name, attributes: attributes, parent: stack.last))
        if let p = stack.last { elements[p].children.append(i) }
        stack.append(i)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { elements[i].text += string }
    }
}
