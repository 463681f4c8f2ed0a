import Foundation

/// Why a statistic or a forecast could not be computed.
public enum StatsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The series has fewer usable values than the method needs.
    case tooShort(method: String, needed: Int, got: Int)
    /// Every value is the same, so the method has nothing to fit.
    case constantSeries(method: String)
    /// A value is NaN or infinite.
    case nonFinite(method: String, index: Int)
    /// A parameter is outside its valid range.
    case invalidParameter(name: String, reason: String)
    /// Two inputs that must line up do not.
    case lengthMismatch(method: String, first: Int, second: Int)
    /// The optimizer could not find parameters for any candidate model.
    case notConverged(method: String)

    public var description: String {
        switch self {
        case .tooShort(let m, let needed, let got):
            return "\(m) needs at least \(needed) values but the series has \(got)."
        case .constantSeries(let m):
            return "\(m) cannot be computed on a constant series."
        case .nonFinite(let m, let i):
            return "\(m) got a NaN or infinite value at position \(i)."
        case .invalidParameter(let name, let reason):
            return "Invalid parameter \(name): \(reason)."
        case .lengthMismatch(let m, let a, let b):
            return "\(m) needs inputs of equal length, got \(a) and \(b)."
        case .notConverged(let m):
            return "\(m) did not converge for any starting point."
        }
    }
}

extension StatsError: LocalizedError {
    public var errorDescription: String? { description }
}

enum Check {
    /// Throws unless every value is finite and there are at least `minimum` of them.
    static func series(_ x: [Double], minimum: Int, method: String) throws {
        if let i = x.firstIndex(where: { !$0.isFinite }) { throw StatsError.nonFinite(method: method, index: i) }
        if x.count < minimum { throw StatsError.tooShort(method: method, needed: minimum, got: x.count) }
    }

    /// Throws when all values are equal.
    static func notConstant(_ x: [Double], method: String) throws {
        guard let first = x.first else { return }
        if x.allSatisfy({ $0 == first }) { throw StatsError.constantSeries(method: method) }
    }
}
