/// Why a browser action did not happen. The message is what an agent reads in
/// `last_action_error`, so it says precisely what was wrong.
public enum BrowserError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The action does not apply: unknown id, wrong kind of element, no such option…
    case invalidAction(String)
    /// The URL is outside the allow-list or not http.
    case notAllowed(String)
    case invalidURL(String)
    /// The request failed below HTTP: connection refused, timeout, oversized page.
    case transport(String)

    public var description: String {
        switch self {
        case .invalidAction(let message): message
        case .notAllowed(let message): "not allowed: \(message)"
        case .invalidURL(let url): "not a valid URL: \(url)"
        case .transport(let message): "request failed: \(message)"
        }
    }
}
