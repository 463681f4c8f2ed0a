extension XLSXSource {
    /// Caps that keep a hostile .xlsx (zip bomb, huge directory) from exhausting memory or time.
    ///
    /// Sizes are counted while inflating, so a zip whose headers lie about sizes is still caught.
    public struct Limits: Sendable, Equatable {
        /// Most entries the archive may have. Default 10,000.
        public var maxEntries: Int
        /// Most bytes one entry may inflate to. Default 256 MiB.
        public var maxEntryBytes: UInt64
        /// Most bytes all entries read for one pass may inflate to together. Default 1 GiB.
        public var maxTotalBytes: UInt64
        /// Highest inflated-to-compressed ratio an entry may reach … Default 200.
        public var maxRatio: UInt64
        /// … once it has inflated past this many bytes. Default 1 MiB.
        public var ratioThreshold: UInt64

        init(
            maxEntries: Int = 10_000, maxEntryBytes: UInt64 = 256 << 20, maxTotalBytes: UInt64 = 1 << 30,
            maxRatio: UInt64 = 200, ratioThreshold: UInt64 = 1 << 20
        ) {
            self.maxEntries = maxEntries
            self.maxEntryBytes = maxEntryBytes
            self.maxTotalBytes = maxTotalBytes
            self.maxRatio = maxRatio
            self.ratioThreshold = ratioThreshold
        }
    }
}
