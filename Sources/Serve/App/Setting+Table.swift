import Foundation

extension Setting {
    /// Every setting of `aiser serve`, in documentation order.
    public static let all: [Setting] =
        [
            Setting("AISER_HOST", flag: "--host", default: { $0.host }, "Address to listen on.") { $0.host = $1 },
            Setting(
                "AISER_PORT", flag: "--port", default: { String($0.port) }, "TCP port to listen on; 0 picks a free one."
            ) {
                $0.port = try int($1, "AISER_PORT", 0...65535)
            },
            Setting(
                "AISER_DATA_DIR", flag: "--data-dir", default: { $0.dataDirectory },
                "Directory for the metadata database, the data sources and the generated secret."
            ) { $0.dataDirectory = $1 },
            Setting(
                "AISER_SECRET", default: { $0.secret ?? "(generated)" },
                "Token signing secret, at least 32 bytes. In development a random one is generated once and kept in the data directory (mode 0600)."
            ) { $0.secret = $1 },
            Setting(
                "AISER_ENV", default: { $0.mode.rawValue },
                "`development` or `production`; production refuses to start without a strong AISER_SECRET."
            ) {
                guard let mode = ServerSettings.Mode(rawValue: $1) else {
                    throw SettingsError("AISER_ENV must be development or production, not \($1).")
                }
                $0.mode = mode
            },
            Setting(
                "AISER_ADMIN_EMAIL", default: { $0.adminEmail },
                "With AISER_ADMIN_PASSWORD: on a first start without users, creates this platform administrator and a default organization."
            ) { $0.adminEmail = $1 },
            Setting(
                "AISER_ADMIN_PASSWORD", default: { $0.adminPassword },
                "Password of the bootstrap administrator (8+ characters)."
            ) {
                $0.adminPassword = $1
            },
            Setting(
                "AISER_UPLOAD_LIMIT_MB", default: { String($0.uploadLimit / (1024 * 1024)) },
                "Largest accepted upload in MiB (1 MiB = 1,048,576 bytes); larger ones get 413 before any of the body is read."
            ) {
                $0.uploadLimit = try int($1, "AISER_UPLOAD_LIMIT_MB", 1...1_000_000) * 1024 * 1024
            },
            Setting(
                "AISER_UPLOAD_PRELOAD", default: { String($0.uploadPreload) },
                "`true` loads a CSV or TSV upload into columns on one more thread while it is ingested, so the first question after it waits less for the source's NL artefacts; by default the columns are read after the upload's answer, leaving that core to the ingest and other work."
            ) { $0.uploadPreload = try bool($1, "AISER_UPLOAD_PRELOAD") },
            Setting(
                "AISER_TRUSTED_PROXIES",
                default: { $0.trustedProxies.isEmpty ? nil : $0.trustedProxies.joined(separator: ",") },
                "Comma-separated proxy addresses whose X-Forwarded-For header is trusted for the client address."
            ) { $0.trustedProxies = $1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
            Setting("AISER_BCRYPT_COST", default: { String($0.bcryptCost) }, "bcrypt work factor for password hashes.")
            {
                $0.bcryptCost = try int($1, "AISER_BCRYPT_COST", 4...31)
            },
            Setting(
                "AISER_PASSWORD_WORKERS", default: { String($0.passwordWorkers) },
                "Threads that hash and check passwords (logins, new users, password changes), apart from the threads every other request reads on. The default is half the processor count, at least 1."
            ) {
                $0.passwordWorkers = try int($1, "AISER_PASSWORD_WORKERS", 1...256)
            },
            Setting(
                "AISER_PASSWORD_QUEUE", default: { String($0.passwordQueue) },
                "Password checks waiting at most; past that a login (or a request setting a password) is answered 503 with retry_after at once."
            ) {
                $0.passwordQueue = try int($1, "AISER_PASSWORD_QUEUE", 0...100_000)
            },
            Setting(
                "AISER_ACCESS_TOKEN_SECONDS", default: { String($0.accessTokenSeconds) }, "Lifetime of access tokens."
            ) {
                $0.accessTokenSeconds = try int($1, "AISER_ACCESS_TOKEN_SECONDS", 60...86_400)
            },
            Setting(
                "AISER_REFRESH_TOKEN_SECONDS", default: { String($0.refreshTokenSeconds) },
                "Lifetime of a login session's refresh tokens."
            ) {
                $0.refreshTokenSeconds = try int($1, "AISER_REFRESH_TOKEN_SECONDS", 60...31_536_000)
            },
            Setting(
                "AISER_PUBLIC_URL", default: { $0.publicURL },
                "Base URL clients reach the server at (`https://aiser.example.com`, optionally with a path); `chart_url` is then absolute under it. Without it, `chart_url` is the path `/charts/{chart_id}`."
            ) { $0.publicURL = try publicURL($1) },
            Setting(
                "AISER_SOURCE_CACHE", default: { String($0.sourceCacheSize) },
                "Data sources kept open for questions, with the vocabulary of their table; beyond this many the least recently used are closed. 0 turns the cache off."
            ) { $0.sourceCacheSize = try int($1, "AISER_SOURCE_CACHE", 0...10_000) },
            Setting(
                "AISER_SOURCE_CACHE_MB", default: { String($0.sourceCacheMegabytes) },
                "Memory (MiB) the data sources kept open may hold between them: SQLite's page caches and the vocabulary of each table, measured when a question is done; beyond it the least recently used are closed. Their NL artefacts (vocabulary, month rollup) stay on disk beside the data, so a closed source reopens without scanning its table."
            ) { $0.sourceCacheMegabytes = try int($1, "AISER_SOURCE_CACHE_MB", 1...1_048_576) },
            Setting(
                "AISER_RATE_LIMIT_WINDOW", default: { String($0.rateLimits.windowSeconds) },
                "Rate-limit window in seconds."
            ) {
                $0.rateLimits.windowSeconds = try int($1, "AISER_RATE_LIMIT_WINDOW", 1...86_400)
            },
        ]
        + RateCategory.allCases.map { category in
            let key = "AISER_RATE_LIMIT_\(category.rawValue.uppercased())"
            return Setting(key, default: { String($0.rateLimits[category]) }, "Requests per window: \(category.title).")
            {
                $0.rateLimits[category] = try int($1, key, 1...10_000_000)
            }
        }
        + connections + scheduling + webhookSettings + metricsSettings + exportSettings + embedSettings
        + warehouseSettings

    static func int(_ text: String, _ key: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(n) else {
            throw SettingsError(
                "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text).")
        }
        return n
    }
}
