import Foundation
import GRDB

/// A value from SQLite, in a form that can be stored and compared.
public enum SQLValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let v): self = .integer(v)
        case .double(let v): self = .real(v)
        case .string(let v): self = .text(v)
        case .blob(let v): self = .blob(Array(v))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let v): v.databaseValue
        case .real(let v): v.databaseValue
        case .text(let v): v.databaseValue
        case .blob(let v): Data(v).databaseValue
        }
    }

    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let v): String(v)
        case .real(let v): String(v)
        case .text(let v): v
        case .blob(let v): "<\(v.count) bytes>"
        }
    }
}

/// Rows of a query against an instance, in the order SQLite returned them.
public struct QueryResult: Sendable, Equatable, Codable {
    public var columns: [String]
    public var rows: [[SQLValue]]
}

/// How an instance's state differs from its pristine snapshot, table by table (sorted by name).
public struct StateDiff: Sendable, Equatable, Codable {
    public struct Table: Sendable, Equatable, Codable {
        public var name: String
        /// Primary keys (rendered as text) of rows added, removed and changed.
        public var added: [String]
        public var removed: [String]
        public var changed: [String]
    }
    public var tables: [Table]

    public var isEmpty: Bool { tables.isEmpty }

    public func table(_ name: String) -> Table? {
        tables.first { $0.name == name }
    }
}
