/// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the visual shape of a
/// long line with `threshold` points. Gaps (`nil`) split the line into runs downsampled alone.
enum LTTB {
    /// Indices of the points to keep from `(xs[i], ys[i])`, in order, first and last included.
    static func indices(xs: [Double], ys: [Double], threshold: Int) -> [Int] {
        let n = xs.count
        guard threshold >= 3, n > threshold else { return Array(0..<n) }
        var kept = [0]
        kept.reserveCapacity(threshold)
        let every = Double(n - 2) / Double(threshold - 2)
        var a = 0
        for i in 0..<(threshold - 2) {
            let nextStart = Int(Double(i + 1) * every) + 1
            let nextEnd = min(Int(Double(i + 2) * every) + 1, n)
            var avgX = 0.0, avgY = 0.0
            let len = max(1, nextEnd - nextStart)
            for j in nextStart..<max(nextStart + 1, nextEnd) where j < n {
                avgX += xs[j]
                avgY += ys[j]
            }
            avgX /= Double(len)
            avgY /= Double(len)
            let start = Int(Double(i) * every) + 1
            let end = Int(Double(i + 1) * every) + 1
            var best = start, bestArea = -1.0
            let ax = xs[a], ay = ys[a]
            for j in start..<min(end, n) {
                let area = abs((ax - avgX) * (ys[j] - ay) - (ax - xs[j]) * (avgY - ay))
                if area > bestArea {
                    bestArea = area
                    best = j
                }
            }
            kept.append(best)
            a = best
        }
        kept.append(n - 1)
        return kept
    }
}
