/// Sandboxes that cannot be played together in one episode: none named, or worlds of
/// different kinds.
public struct WorldMismatch: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) {
        self.description = description
    }
}
