import Foundation

/// Where a price sits in its category: prose speaks of value, never of an amount, so a
/// price changed later (an admin's edit) never contradicts what was written.
public enum PriceBand: String, Sendable, CaseIterable {
    case budget, middle, premium

    /// The band of `price` within `range` (any unit), by thirds on a log scale, as people
    /// judge prices.
    public static func of(_ price: Double, in range: ClosedRange<Double>) -> PriceBand {
        guard range.lowerBound > 0, range.upperBound > range.lowerBound, price > 0 else { return .middle }
        let position = (log2(price) - log2(range.lowerBound)) / (log2(range.upperBound) - log2(range.lowerBound))
        return position < 0.34 ? .budget : position < 0.67 ? .middle : .premium
    }
}
