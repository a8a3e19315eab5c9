import GRDB
import Vocabulary

/// A grid's filters: their SQL conditions and arguments, and the query pairs that keep them
/// across sorting and paging.
struct GridFilters {
    private(set) var conditions: [String] = []
    private(set) var arguments: [DatabaseValueConvertible?] = []
    private(set) var pairs: [NameValue] = []

    /// Adds `condition` (with `arguments` for its placeholders) when the filter `name` has a value.
    mutating func add(_ name: String, _ value: String, _ condition: String, _ arguments: [DatabaseValueConvertible?]) {
        guard !value.isEmpty else { return }
        conditions.append(condition)
        self.arguments += arguments
        pairs.append(.init(name: name, value: value))
    }

    var whereSQL: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }
    var statementArguments: StatementArguments { StatementArguments(arguments) }
}
