import Foundation

/// The few lines of inline script `aiser dev` adds to every HTML page it serves (never to the
/// files on disk): a long poll on `/__aiser/version` that reloads the page when the site changes.
enum ReloadScript {
    /// The path the script polls.
    static let endpoint = "/__aiser/version"

    /// The script for a page served at `version` (an opaque token of letters, digits and `-`).
    static func html(version: String) -> String {
        let token = version.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return """
            <script data-aiser-dev>(function(){var v="\(token)",d=1000;function p(){fetch("\(endpoint)?since="+v,\
            {cache:"no-store"}).then(function(r){return r.json()}).then(function(j){d=1000;if(j.version!==v)\
            {location.reload()}else{p()}},function(){setTimeout(p,d);d=Math.min(d*2,8000)})}p()})();</script>
            """
    }

    /// `page` with the script added before `</body>` (or at the end when there is none).
    static func inject(into page: String, version: String) -> String {
        let script = html(version: version)
        guard let end = page.range(of: "</body>", options: .backwards) else { return page + script }
        return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script + "\n")
    }
}
