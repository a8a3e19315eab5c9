import Checkers
import SandboxKit
import Tasks

/// An episode's state as checkers read it: the pristine snapshot and the state the
/// agent left, queried synchronously once the agent is frozen.
struct SandboxState: StateQuerying {
    let reader: InstanceStateReader

    func rows(_ sql: String, instance: InstanceSide) throws -> [[Tasks.SQLValue]] {
        try reader.rows(sql, pristine: instance == .initial).map { $0.map(\.taskValue) }
    }
}

extension SandboxKit.SQLValue {
    /// The same value in the checkers' vocabulary.
    var taskValue: Tasks.SQLValue {
        switch self {
        case .null: .null
        case .integer(let v): .integer(v)
        case .real(let v): .real(v)
        case .text(let v): .text(v)
        case .blob(let v): .blob(v)
        }
    }
}

extension RequestLogEntry {
    /// The same request in the checkers' vocabulary.
    var record: RequestRecord {
        RequestRecord(
            sandbox: sandbox, method: method, path: path,
            query: query.pairs.map { NameValue($0.name, $0.value) },
            form: form.pairs.map { NameValue($0.name, $0.value) },
            status: status, redirect: redirect)
    }
}
