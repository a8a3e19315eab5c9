import Foundation
import Vocabulary

/// One connection's view of the leaderboard inside a read or a write: the leaderboard's
/// queries are written once, with `?` placeholders, and each backend runs them.
protocol SQLSession {
    /// Runs a statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLArgument]) throws -> Int
    /// Runs a query and returns its rows.
    func rows(_ sql: String, _ arguments: [any SQLArgument]) throws -> [SQLRow]
}

extension SQLSession {
    func row(_ sql: String, _ arguments: [any SQLArgument] = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }
}

/// A value bound to a `?` placeholder.
protocol SQLArgument: Sendable {
    var sqlValue: SQLValue { get }
}

extension String: SQLArgument { var sqlValue: SQLValue { .text(self) } }
extension Int: SQLArgument { var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLArgument { var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLArgument { var sqlValue: SQLValue { .real(self) } }
extension Data: SQLArgument { var sqlValue: SQLValue { .blob([UInt8](self)) } }
extension Optional: SQLArgument where Wrapped: SQLArgument {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One result row: its columns by name, as the backend returned them.
struct SQLRow: Sendable {
    let values: [String: SQLValue]

    /// The column converted to `T`; a column that is absent or of another kind is a
    /// `corruptRow` error naming it, never a crash or a silent default.
    subscript<T: SQLColumn>(_ column: String) -> T {
        get throws {
            guard let value = values[column] else {
                throw LeaderboardError.corruptRow(table: "result", field: column, value: "no such column")
            }
            guard let converted = T(sqlValue: value) else {
                throw LeaderboardError.corruptRow(table: "result", field: column, value: "\(value) is not \(T.self)")
            }
            return converted
        }
    }
}

/// A Swift type a column converts to.
protocol SQLColumn {
    init?(sqlValue: SQLValue)
}

extension String: SQLColumn {
    init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue else { return nil }
        self = text
    }
}

extension Int64: SQLColumn {
    init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Int: SQLColumn {
    init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = Int(value)
    }
}

/// SQLite hands back a REAL column holding a whole number as an integer.
extension Double: SQLColumn {
    init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Data: SQLColumn {
    init?(sqlValue: SQLValue) {
        guard case .blob(let bytes) = sqlValue else { return nil }
        self = Data(bytes)
    }
}

extension Optional: SQLColumn where Wrapped: SQLColumn {
    init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
            return
        }
        guard let value = Wrapped(sqlValue: sqlValue) else { return nil }
        self = .some(value)
    }
}
