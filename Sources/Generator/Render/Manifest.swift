import Crypto
import Engine
import Foundation

/// `manifest.json`: every page and query of the build with content hashes. It has no
/// timestamps, so the same project and data always give the same manifest.
struct Manifest {
    var dataHash: String
    var pages: [(route: String, source: String, title: String, sha256: String)] = []
    var queries: [(page: String, name: String, variant: String, rows: Int, key: String)] = []
    var files: [(path: String, sha256: String)] = []

    static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).hexString
    }

    func json() -> String {
        let s = JSONText.string
        var out =
            "{\n  \"generator\": \(s("aiser \(Version.current)")),\n  \"data_sha256\": \(s(dataHash)),\n  \"pages\": ["
        out += pages.map {
            "\n    {\"path\": \(s($0.route + ".html")), \"source\": \(s($0.source)), \"title\": \(s($0.title)), \"sha256\": \(s($0.sha256))}"
        }.joined(separator: ",")
        out += "\n  ],\n  \"queries\": ["
        out += queries.map {
            "\n    {\"page\": \(s($0.page)), \"name\": \(s($0.name)), \"variant\": \(s($0.variant)), \"rows\": \($0.rows), \"cache_key\": \(s($0.key))}"
        }.joined(separator: ",")
        out += "\n  ],\n  \"files\": ["
        out += files.map { "\n    {\"path\": \(s($0.path)), \"sha256\": \(s($0.sha256))}" }.joined(separator: ",")
        return out + "\n  ]\n}\n"
    }
}
