import Vocabulary

/// What a widget asks its app to do (`save`, `delete id=12`): a name and sorted arguments,
/// run by `PhoneApp.perform` with the screen's fields at hand.
public struct Command: Sendable, Hashable, Codable, CustomStringConvertible {
    public var name: String
    public private(set) var args: [NameValue]

    public init(_ name: String, _ args: [String: String] = [:]) {
        self.name = name
        self.args = args.sorted { $0.key < $1.key }.map { NameValue(name: $0.key, value: $0.value) }
    }

    public init(_ name: String, id: Int) {
        self.init(name, ["id": String(id)])
    }

    public subscript(_ key: String) -> String? {
        args.first { $0.name == key }?.value
    }

    public func int(_ key: String) -> Int? {
        self[key].flatMap { Int($0) }
    }

    public var description: String {
        args.isEmpty ? name : name + "?" + FormFields(pairs: args).urlEncoded
    }
}
