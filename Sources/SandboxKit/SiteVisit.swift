import GRDB

/// What one request inside a website holds whatever the site: the request, its instance's
/// transaction and the visitor's session. A site's `SiteRequest` adds its own signed-in account.
public struct SiteVisit {
    public let request: SandboxRequest
    public let context: SandboxContext
    public let db: Database
    public var session: SiteSession

    /// Reads the session the request's cookie names in `sessions`.
    init(request: SandboxRequest, context: SandboxContext, db: Database, sessions: SessionTable) throws {
        self.request = request
        self.context = context
        self.db = db
        session = try SiteSession(sessions, request: request, db: db)
    }
}
