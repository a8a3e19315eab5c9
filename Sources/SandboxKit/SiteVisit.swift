import GRDB

/// What one request inside a website holds whatever the site: the request, its instance's
/// transaction, the visitor's session, and the account signed in to it.
public struct SiteVisit<Account: SiteAccount> {
    public let request: SandboxRequest
    public let context: SandboxContext
    public let db: Database
    public private(set) var session: SiteSession
    /// The signed-in account; nil for a guest.
    public private(set) var account: Account?

    /// Reads the session the request's cookie names in `sessions`, and its account.
    init(request: SandboxRequest, context: SandboxContext, db: Database, sessions: SessionTable) throws {
        self.request = request
        self.context = context
        self.db = db
        session = try SiteSession(sessions, request: request, db: db)
        if let accountID = session.accountID {
            account = try Account.load(db, id: accountID)
        }
    }

    /// The session token, creating the session (and its cookie) on first need.
    public mutating func ensureSession() throws -> String {
        try session.ensure(db, context: context)
    }

    public mutating func setFlash(_ message: String) throws {
        try session.setFlash(message, db, context: context)
    }

    /// Signs the session (created if need be) in to `accountID`.
    public mutating func signIn(_ accountID: Int) throws {
        try session.signIn(accountID, db, context: context)
        account = try Account.load(db, id: accountID)
    }

    /// Signs the session out, keeping it (and its guest state).
    public mutating func signOut() throws {
        try session.signOut(db)
        account = nil
    }

    /// A new session signed in to `accountID` (the one the cookie named, if any, is left as it
    /// is); its account is read from the next request.
    public mutating func startSession(signedInTo accountID: Int) throws {
        try session.create(db, context: context, accountID: accountID)
    }

    /// Ends the session: its row is deleted.
    public mutating func endSession() throws {
        try session.end(db)
        account = nil
    }
}
