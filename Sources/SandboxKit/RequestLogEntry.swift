/// One request an instance answered: the network-event record checkers read.
///
/// `sequence` orders entries within an instance; `unixMillis` is wall-clock time and is
/// metadata only (it never reaches an observation or a score).
public struct RequestLogEntry: Sendable, Equatable, Codable {
    public var sequence: Int
    public var unixMillis: Int64
    public var sandbox: String
    public var method: String
    public var path: String
    public var query: FormFields
    public var form: FormFields
    public var status: Int
    /// The `Location` of a redirect, nil otherwise.
    public var redirect: String?

    public init(
        sequence: Int, unixMillis: Int64, sandbox: String, method: String, path: String,
        query: FormFields, form: FormFields, status: Int, redirect: String?
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
