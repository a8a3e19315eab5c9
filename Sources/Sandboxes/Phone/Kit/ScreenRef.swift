import Vocabulary

/// A screen of an app and its arguments (`detail?id=12`): what a back stack holds. Its
/// description is the path of the phone's location.
public struct ScreenRef: NamedArguments {
    public let name: String
    public let args: [NameValue]

    public init(name: String, sortedArgs: [NameValue]) {
        self.name = name
        args = sortedArgs
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
