/// One request an instance answered: the network-event record the request log keeps,
/// the leaderboard stores and checkers read, so every state change can be re-scored
/// offline from the stored log.
///
/// `sequence` orders entries within an instance; `unixMillis` is wall-clock time and is
/// metadata only (it never reaches an observation or a score).
public struct RequestRecord: Sendable, Equatable, Codable {
    public var sequence: Int
    public var unixMillis: Int64
    /// Sandbox that served the request, e.g. `shop`.
    public var sandbox: String
    /// Upper-case HTTP method.
    public var method: String
    /// The path as requested, without the query.
    public var path: String
    /// Decoded query fields, in request order.
    public var query: FormFields
    /// Decoded form fields of a urlencoded body, in request order.
    public var form: FormFields
    public var status: Int
    /// The `Location` of a redirect, nil otherwise.
    public var redirect: String?

    public init(
        sequence: Int = 0, unixMillis: Int64 = 0, sandbox: String, method: String, path: String,
        query: FormFields = FormFields(), form: FormFields = FormFields(), status: Int, redirect: String? = nil
    ) {
        self.sequence = sequence
        self.unixMillis = unixMillis
        self.sandbox = sandbox
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.status = status
        self.redirect = redirect
    }
}
