import Vocabulary

/// A screen of an app and its arguments (`detail?id=12`): what a back stack holds.
/// Arguments are kept sorted by name, so one screen has one spelling.
public struct ScreenRef: Sendable, Hashable, Codable, CustomStringConvertible {
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

    /// An integer argument (`ref.int("id")`), nil when absent or not a number.
    public func int(_ key: String) -> Int? {
        self[key].flatMap { Int($0) }
    }

    /// `name` or `name?k=v&k=v`, percent-encoded: the path of the phone's location.
    public var description: String {
        args.isEmpty ? name : name + "?" + FormFields(pairs: args).urlEncoded
    }

    /// Reads `description` back; nil when it is not that shape.
    public init?(parsing text: String) {
        let parts = text.split(separator: "?", maxSplits: 1).map(String.init)
        guard let name = parts.first, !name.isEmpty else { return nil }
        var args: [String: String] = [:]
        if parts.count == 2 {
            for pair in FormFields(urlEncoded: parts[1]).pairs { args[pair.name] = pair.value }
        }
        self.init(name, args)
    }
}
