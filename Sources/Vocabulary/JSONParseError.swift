/// Why a text is not JSON: the byte offset where reading stopped, and the same place
/// as a 1-based line and column, so a file's author can jump to it.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let offset: Int
    public let line: Int
    public let column: Int
    public let reason: String

    public init(offset: Int, line: Int = 1, column: Int? = nil, reason: String) {
        self.offset = offset
        self.line = line
        self.column = column ?? offset + 1
        self.reason = reason
    }

    public var description: String { "invalid JSON at byte \(offset): \(reason)" }
}
