extension Setting {
    /// The `AISER_EXPORT_*` settings.
    static let exportSettings: [Setting] = [
        Setting(
            "AISER_EXPORT_MIN_SIZE", default: { String($0.export.minimumSize) },
            "Smallest export width or height in pixels (smaller ones answer 422)."
        ) { $0.export.minimumSize = try int($1, "AISER_EXPORT_MIN_SIZE", 1...10_000) },
        Setting(
            "AISER_EXPORT_MAX_SIZE", default: { String($0.export.maximumSize) },
            "Largest export width or height in pixels (larger ones answer 422)."
        ) { $0.export.maximumSize = try int($1, "AISER_EXPORT_MAX_SIZE", 1...20_000) },
        Setting(
            "AISER_EXPORT_MAX_SCALE", default: { String($0.export.maximumScale) },
            "Largest PNG pixel ratio (`scale`) of an export."
        ) { $0.export.maximumScale = try int($1, "AISER_EXPORT_MAX_SCALE", 1...8) },
        Setting(
            "AISER_EXPORT_MAX_PIXELS", default: { String($0.export.maximumPixels) },
            "Largest PNG export in pixels, width × height × scale² (larger ones answer 422)."
        ) { $0.export.maximumPixels = try int($1, "AISER_EXPORT_MAX_PIXELS", 10_000...400_000_000) },
        Setting(
            "AISER_EXPORT_CACHE_ENTRIES", default: { String($0.export.cacheEntries) },
            "Chart exports kept in memory, keyed by chart version, data version, format and options; beyond this many the least recently used go. 0 turns the cache off."
        ) { $0.export.cacheEntries = try int($1, "AISER_EXPORT_CACHE_ENTRIES", 0...100_000) },
        Setting(
            "AISER_EXPORT_CACHE_MB", default: { String($0.export.cacheBytes / (1024 * 1024)) },
            "Memory the export cache may hold in all, in MiB; a file larger than a quarter of it is not kept."
        ) { $0.export.cacheBytes = try int($1, "AISER_EXPORT_CACHE_MB", 0...100_000) * 1024 * 1024 },
    ]
}
