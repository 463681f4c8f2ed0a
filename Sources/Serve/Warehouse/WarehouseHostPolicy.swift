import Foundation

/// The SSRF rule of warehouse sources: a source may connect only to a host the operator listed
/// in `AISER_WAREHOUSE_HOSTS`. Hosts are compared as written (lower-cased, without IPv6 brackets
/// or a trailing dot) and never resolved, so a listed name allows that name only and nothing can
/// reach an address the operator did not name; an empty list allows nothing.
struct WarehouseHostPolicy: Sendable {
    /// One allowed host, with the one port allowed on it (`nil`: any).
    struct Entry: Sendable, Equatable {
        let host: String
        let port: Int?
    }

    let entries: [Entry]

    init(_ allowed: [String]) {
        entries = allowed.compactMap(Self.entry)
    }

    /// Whether `host` on `port` may be connected to.
    func allows(host: String, port: Int) -> Bool {
        let host = Self.normalised(host)
        return entries.contains { $0.host == host && ($0.port == nil || $0.port == port) }
    }

    /// The setting's comma-separated entries, checked; `SettingsError` names a bad one.
    static func entries(_ text: String) throws -> [String] {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for item in items where entry(item) == nil {
            throw SettingsError(
                "AISER_WAREHOUSE_HOSTS: \(item) is not a host or host:port (IPv6 with a port as [::1]:5432).")
        }
        return items
    }

    /// `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address.
    static func entry(_ text: String) -> Entry? {
        var host = text
        var port: Int?
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":"), let p = Int(rest.dropFirst()) else { return nil }
                port = p
            }
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = String(text[..<colon])
            guard let p = Int(text[text.index(after: colon)...]) else { return nil }
            port = p
        }
        host = normalised(host)
        guard !host.isEmpty, !host.contains(where: { $0.isWhitespace || "/@?#".contains($0) }) else { return nil }
        if let port, !(1...65535).contains(port) { return nil }
        return Entry(host: host, port: port)
    }

    static func normalised(_ host: String) -> String {
        var h = host.lowercased()
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        while h.hasSuffix(".") { h.removeLast() }
        return h
    }
}
