import Browser
import Checkers

/// Fetches pages of an episode's instance at scoring time: the same instance header
/// as the agent's browser, none of its cookies, sandbox origins only.
struct PageFetcher: PageFetching {
    let baseURLs: [String: String]
    let instanceID: String

    func fetch(url: String) async throws -> [UInt8] {
        let origins = baseURLs.compactMapValues { base -> Origin? in
            WebURL(base).map { $0.origin }
        }
        let policy = OriginPolicy(sandboxes: origins)
        let target = try policy.resolve(url, from: nil).get()
        let transport = try HTTPTransport(instance: instanceID)
        return try await transport.perform(HTTPRequest(url: target)).body
    }
}
