/// Dense square-matrix helpers on row-major `[Double]` storage of size n×n.
enum Matrix {
    /// A·B.
    static func multiply(_ a: [Double], _ b: [Double], _ n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for k in 0..<n {
                let aik = a[i * n + k]
                if aik == 0 { continue }
                for j in 0..<n { out[i * n + j] += aik * b[k * n + j] }
            }
        }
        return out
    }

    /// out = A·B (out must not alias A or B).
    static func multiply(_ a: [Double], _ b: [Double], _ n: Int, into out: inout [Double]) {
        for k in 0..<(n * n) { out[k] = 0 }
        for i in 0..<n {
            for k in 0..<n {
                let aik = a[i * n + k]
                if aik == 0 { continue }
                for j in 0..<n { out[i * n + j] += aik * b[k * n + j] }
            }
        }
    }

    /// A·Bᵀ.
    static func multiplyTransposed(_ a: [Double], _ b: [Double], _ n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                var s = 0.0
                for k in 0..<n { s += a[i * n + k] * b[j * n + k] }
                out[i * n + j] = s
            }
        }
        return out
    }
}
