/// A JSON fragment that is already encoded, embedded verbatim in a message.
///
/// The harness renders observation trees with its own fast JSON renderer; wrapping
/// the output here avoids decoding and re-encoding it for every step.
public struct RawJSON: Sendable, Equatable {
    public let text: String

    /// Wraps `text` after checking that it is one well-formed JSON value, so a bad
    /// fragment can never corrupt the line framing (a raw newline would split it).
    public init(validating text: String) throws(JSONParseError) {
        _ = try JSONParser.parse(text)
        self.text = text
    }

    /// Wraps `text` without checking it. The caller guarantees it is a single JSON
    /// value with no raw newline (JSON renderers escape newlines inside strings).
    public init(unchecked text: String) {
        self.text = text
    }
}
