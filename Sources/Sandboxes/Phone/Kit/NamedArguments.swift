import Vocabulary

/// A name with arguments kept sorted by name, so one value has one spelling: what a screen
/// (`ScreenRef`) and a command (`Command`) both are.
public protocol NamedArguments: Sendable, Hashable, Codable, CustomStringConvertible {
    var name: String { get }
    var args: [NameValue] { get }
    init(name: String, sortedArgs: [NameValue])
}

extension NamedArguments {
    public init(_ name: String, _ args: [String: String] = [:]) {
        self.init(name: name, sortedArgs: args.sorted { $0.key < $1.key }.map { NameValue(name: $0.key, value: $0.value) })
    }

    public init(_ name: String, id: Int) {
        self.init(name, ["id": String(id)])
    }

    public subscript(_ key: String) -> String? {
        args.first { $0.name == key }?.value
    }

    /// An integer argument (`ref.int("id")`), nil when absent or not a number.
    public func int(_ key: String) -> Int? {
        self[key].flatMap { Int($0) }
    }

    /// `name` or `name?k=v&k=v`, percent-encoded.
    public var description: String {
        args.isEmpty ? name : name + "?" + FormFields(pairs: args).urlEncoded
    }
}
