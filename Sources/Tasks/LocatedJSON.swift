import Vocabulary

/// One value of a task or suite file with the line it starts on: a view of one place
/// in a parsed `JSONDocument`.
///
/// Task files are read this way instead of with `JSONDecoder` because a loader that
/// reports *every* problem needs to keep going after a wrong type, needs to see
/// unknown keys, and should say on which line each field sits.
public struct LocatedJSON: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var value: LocatedJSON
    }

    public let value: JSONValue
    /// 1-based line where the value starts.
    public let line: Int
    private let pointer: String
    private let document: JSONDocument

    /// The root of `document`.
    public init(_ document: JSONDocument) {
        self.init(document.root, pointer: "", in: document)
    }

    private init(_ value: JSONValue, pointer: String, in document: JSONDocument) {
        self.value = value
        self.pointer = pointer
        self.document = document
        self.line = document.line(at: pointer) ?? 1
    }

    /// Parses a file's bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> LocatedJSON {
        LocatedJSON(try JSONParser.parseDocument(bytes))
    }

    public static func parse(_ text: String) throws(JSONParseError) -> LocatedJSON {
        try parse(Array(text.utf8))
    }

    public var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double, .raw: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public var stringValue: String? { value.stringValue }

    /// A number as the canonical writer writes it (integers exactly), or nil.
    public var numberText: String? {
        switch value {
        case .int, .double: JSONWriter.encode(value)
        default: nil
        }
    }

    public var members: [Member]? {
        guard case .object(let members) = value else { return nil }
        return members.map { key, child in
            Member(key: key, value: LocatedJSON(child, pointer: JSONDocument.pointer(pointer, key: key), in: document))
        }
    }

    public var elements: [LocatedJSON]? {
        guard case .array(let items) = value else { return nil }
        return items.enumerated().map { i, child in
            LocatedJSON(child, pointer: JSONDocument.pointer(pointer, index: i), in: document)
        }
    }

    public subscript(key: String) -> LocatedJSON? {
        members?.first { $0.key == key }?.value
    }
}
