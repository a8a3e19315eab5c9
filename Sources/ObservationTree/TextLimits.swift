/// Where long strings are cut. Names and text are cut at a character boundary and
/// end in "…", so an agent can tell a cut string from a whole one.
public struct TextLimits: Sendable, Equatable {
    /// Longest accessible name, in characters.
    public var name: Int
    /// Longest static-text run, in characters.
    public var text: Int
    /// Longest field value shown, in characters.
    public var value: Int

    public init(name: Int = 200, text: Int = 500, value: Int = 500) {
        self.name = name
        self.text = text
        self.value = value
    }

    public static let standard = TextLimits()

    static func cut(_ string: String, to limit: Int) -> String {
        guard string.utf8.count > limit, string.count > limit else { return string }
        return String(string.prefix(max(0, limit - 1))) + "…"
    }
}
