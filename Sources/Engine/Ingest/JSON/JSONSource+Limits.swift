extension JSONSource {
    /// Caps that keep a hostile JSON file from exhausting the stack or memory.
    public struct Limits: Sendable, Equatable {
        /// Deepest nesting of arrays and objects, counting the top-level array. Default 64.
        public var maxDepth: Int
        /// Most distinct keys (columns) the records may have together. Default 10,000.
        public var maxColumns: Int
        /// Most bytes one string or one nested value (as compact JSON text) may have. Default 64 MiB.
        public var maxFieldBytes: Int

        init(maxDepth: Int = 64, maxColumns: Int = 10_000, maxFieldBytes: Int = 64 << 20) {
            self.maxDepth = maxDepth
            self.maxColumns = maxColumns
            self.maxFieldBytes = maxFieldBytes
        }
    }
}
