/// One thing wrong with a task or suite file: where it is and why it is wrong.
///
/// Loading collects every problem instead of stopping at the first, so that an
/// author fixes a whole file in one pass.
public struct TaskProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The file's path as given to the loader.
    public var file: String
    /// 1-based line where the field (or the enclosing object, for a missing field) starts.
    public var line: Int?
    /// Field path inside the file, e.g. `checks[2].url.equals`; empty for the file itself.
    public var field: String
    public var reason: String

    public init(file: String, line: Int?, field: String, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `file:line: field: reason`, the shape compilers use, so editors can jump to it.
    public var description: String {
        var out = file
        if let line { out += ":\(line)" }
        out += ": "
        if !field.isEmpty { out += field + ": " }
        out += reason
        return out
    }
}
