/// A string of a task file that only its sandbox can judge, with the place it came
/// from: an oracle step (parsed in the sandbox's action grammar) or SQL (prepared
/// against the sandbox's schema). The loader records them; a program that hosts the
/// sandboxes checks them and reports each problem at this place.
public struct LocatedStatement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case action
        case sql
        /// A `sandbox:/path` location (`start`, a URL check, a page's URL, a URL key node).
        case location
    }

    public var kind: Kind
    /// As the episode uses it: parameters filled in (quoted as SQL literals in SQL).
    public var text: String
    /// Field path inside the file, e.g. `oracle[3]` or `checks[0].state.query`.
    public var field: String
    /// 1-based line of the field's value.
    public var line: Int

    public init(kind: Kind, text: String, field: String, line: Int) {
        self.kind = kind
        self.text = text
        self.field = field
        self.line = line
    }

    /// A problem with this statement, located in `file`.
    public func problem(in file: String, _ reason: String) -> TaskProblem {
        TaskProblem(file: file, line: line, field: field, reason: reason)
    }
}
