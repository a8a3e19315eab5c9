import Foundation

/// Which URLs the browser may fetch: the sandboxes' origins and nothing else.
///
/// Agents steer the browser, so this is what keeps them from reaching `file:`,
/// the harness's own ports or the outside world through it.
public struct OriginPolicy: Sendable, Equatable {
    /// Sandbox name → its origin, e.g. `shop` → `http://shop.localhost:8123`.
    public var sandboxes: [String: Origin]

    public init(sandboxes: [String: Origin]) {
        self.sandboxes = sandboxes
    }

    /// The URL that `reference` names from `base` (absolute, relative, or the
    /// `sandbox:/path` shorthand that tasks use), if the policy allows it.
    public func resolve(_ reference: String, from base: WebURL?) -> Result<WebURL, BrowserError> {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let colon = trimmed.firstIndex(of: ":"), trimmed[trimmed.index(after: colon)...].hasPrefix("/"),
           !trimmed[trimmed.index(after: colon)...].hasPrefix("//") {
            let name = String(trimmed[..<colon]).lowercased()
            if let origin = sandboxes[name] {
                let path = String(trimmed[trimmed.index(after: colon)...])
                guard let url = WebURL("\(origin)\(path)") else { return .failure(.invalidURL(reference)) }
                return .success(url)
            }
        }
        let absolute: URL?
        if let base {
            absolute = base.resolve(trimmed)
        } else {
            absolute = URL(string: trimmed)
        }
        guard let absolute, let scheme = absolute.scheme?.lowercased() else { return .failure(.invalidURL(reference)) }
        guard scheme == "http" else {
            return .failure(.notAllowed("\(reference): only the sandboxes' http origins can be opened, not \(scheme): URLs"))
        }
        guard let url = WebURL(url: absolute) else { return .failure(.invalidURL(reference)) }
        guard allows(url) else {
            let allowed = sandboxes.sorted { $0.key < $1.key }.map { "\($0.value)" }.joined(separator: ", ")
            return .failure(.notAllowed("\(url.origin) is outside the sandboxes (allowed: \(allowed))"))
        }
        return .success(url)
    }

    public func allows(_ url: WebURL) -> Bool {
        url.scheme == "http" && sandboxes.values.contains(url.origin)
    }

    /// The sandbox an origin belongs to.
    public func sandbox(of url: WebURL) -> String? {
        sandboxes.sorted { $0.key < $1.key }.first { $0.value == url.origin }?.key
    }
}
