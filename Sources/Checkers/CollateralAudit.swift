import Tasks
import Vocabulary

/// The changes of an episode that no allowance covers, row by row and column by column.
///
/// Rows are matched across the two states by primary key (by rowid where a table has
/// none), so an update is one change of named columns, not a removal and an addition.
/// Values compare byte for byte: an integer 2 rewritten as 2.0 is a change.
struct CollateralAudit {
    let state: any StateQuerying
    let allow: [CollateralAllowance]
    /// Tables that may change however they like: the sandbox's sessions and logs, and
    /// the tables an allowance names whole.
    let free: Set<String>

    init(state: any StateQuerying, allow: [CollateralAllowance], sessionTables: [String]) {
        self.state = state
        self.allow = allow
        free = Set(sessionTables + allow.filter(\.isWholeTable).map(\.table))
    }

    /// One change no allowance covers, for the reason.
    struct Violation: Sendable, Equatable {
        var table: String
        var text: String
    }

    /// The uncovered changes of the tables `diff` says changed, in table and key order.
    func violations(in diff: StateDiff) throws -> [Violation] {
        var out: [Violation] = []
        for change in diff.changes where !free.contains(change.table) {
            out += try violations(table: change.table)
        }
        return out
    }

    private func violations(table: String) throws -> [Violation] {
        let quoted = SQLValue.quotedIdentifier(table)
        let info = "SELECT name, pk FROM pragma_table_info(\(SQLValue.text(table).description)) ORDER BY cid"
        let columns = try state.rows(info, instance: .initial).map { ($0[0].text, $0[1]) }
        let keyNames = columns.filter { $0.1 != .integer(0) }.sorted { $0.1.sortKey < $1.1.sortKey }.map(\.0)
        let keyExpression = keyNames.isEmpty ? "rowid" : keyNames.map(SQLValue.quotedIdentifier).joined(separator: ", ")
        let names = columns.map(\.0)
        func load(_ side: InstanceSide) throws -> [[SQLValue]: [SQLValue]] {
            var rows: [[SQLValue]: [SQLValue]] = [:]
            let keyCount = keyNames.isEmpty ? 1 : keyNames.count
            for row in try state.rows("SELECT \(keyExpression), * FROM \(quoted)", instance: side) {
                rows[Array(row.prefix(keyCount))] = Array(row.dropFirst(keyCount))
            }
            return rows
        }
        let before = try load(.initial)
        let after = try load(.final)
        let rules = allow.filter { $0.table == table }
        // Keys each rule's predicate selects, on each side, computed once per rule.
        var selected: [(initial: Set<[SQLValue]>, final: Set<[SQLValue]>)?] = []
        for rule in rules {
            guard let predicate = rule.rows else {
                selected.append(nil)
                continue
            }
            let sql = "SELECT \(keyExpression) FROM \(quoted) WHERE \(predicate)"
            selected.append((Set(try state.rows(sql, instance: .initial)), Set(try state.rows(sql, instance: .final))))
        }
        func permitted(_ key: [SQLValue], where test: (CollateralAllowance) -> Bool, initial: Bool, final: Bool) -> Bool {
            rules.indices.contains { i in
                guard test(rules[i]) else { return false }
                guard let keys = selected[i] else { return true }
                return (!initial || keys.initial.contains(key)) && (!final || keys.final.contains(key))
            }
        }
        func describe(_ key: [SQLValue]) -> String {
            (keyNames.isEmpty ? ["rowid"] : keyNames).enumerated().map { "\($0.element)=\(key[$0.offset].description)" }
                .joined(separator: ",")
        }
        var out: [Violation] = []
        for key in Set(before.keys).union(after.keys).sorted(by: { StateDiff.key($0) < StateDiff.key($1) }) {
            switch (before[key], after[key]) {
            case (let old?, let new?):
                let changed = names.indices.filter { old[$0] != new[$0] }.map { names[$0] }
                if changed.isEmpty { continue }
                let ok = permitted(key, where: { rule in rule.update.map { cols in changed.allSatisfy(cols.contains) } ?? true },
                                   initial: true, final: true)
                if !ok { out.append(Violation(table: table, text: "\(table)[\(describe(key))] changed \(changed.joined(separator: ", "))")) }
            case (nil, _?):
                if !permitted(key, where: \.insert, initial: false, final: true) {
                    out.append(Violation(table: table, text: "\(table)[\(describe(key))] added"))
                }
            case (_?, nil):
                if !permitted(key, where: \.delete, initial: true, final: false) {
                    out.append(Violation(table: table, text: "\(table)[\(describe(key))] removed"))
                }
            case (nil, nil): continue
            }
        }
        return out
    }
}
