import Vocabulary

/// What a widget asks its app to do (`save`, `delete id=12`), run by `PhoneApp.perform`
/// with the screen's fields at hand.
public struct Command: NamedArguments {
    public let name: String
    public let args: [NameValue]

    public init(name: String, sortedArgs: [NameValue]) {
        self.name = name
        args = sortedArgs
    }
}
