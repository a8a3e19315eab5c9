/// A JSON file parsed with the line each value starts on, for messages of the shape
/// `file:line: field: reason`.
///
/// Lines are kept beside the value, not inside it, so the one `JSONValue` stays plain
/// data; a value is found by its JSON Pointer (RFC 6901), e.g. `/checks/2/url`.
public struct JSONDocument: Sendable {
    public let root: JSONValue
    private let lines: [String: Int]

    init(root: JSONValue, lines: [String: Int]) {
        self.root = root
        self.lines = lines
    }

    /// The 1-based line where the value at `pointer` starts, or nil if there is none.
    public func line(at pointer: String) -> Int? {
        lines[pointer]
    }

    /// `pointer` extended by an object key (escaped as RFC 6901 says).
    public static func pointer(_ pointer: String, key: String) -> String {
        var escaped = ""
        for character in key {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.append(character)
            }
        }
        return pointer + "/" + escaped
    }

    /// `pointer` extended by an array index.
    public static func pointer(_ pointer: String, index: Int) -> String {
        pointer + "/" + String(index)
    }
}
