import ArgumentParser

/// Range checks for numeric options, run from `validate()` so nothing starts with a value
/// out of range. A negative value reaches them too: `Gauntlet.main` attaches it to its option.
enum ArgumentRange {
    static func atLeast<Value: Comparable>(_ minimum: Value, _ value: Value, _ option: String) throws {
        guard value >= minimum else { throw ValidationError("\(option) must be at least \(minimum), got \(value)") }
    }

    static func within<Value: Comparable>(_ range: ClosedRange<Value>, _ value: Value, _ option: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) must be \(range.lowerBound)...\(range.upperBound), got \(value)")
        }
    }

    /// Seconds and other quantities that must be more than zero.
    static func positive(_ value: Double, _ option: String) throws {
        guard value > 0, value.isFinite else { throw ValidationError("\(option) must be more than 0, got \(value)") }
    }
}
