import GRDB
import Vocabulary

/// One request's session on a website: the row its cookie names, the account signed in there,
/// and the flash message it carried. A session is created only when a request first needs one
/// (a flash, a guest's cart, signing in), and its cookie is set on that response alone.
public struct SiteSession {
    public let table: SessionTable
    /// The session's token; nil until the visitor has a session.
    public private(set) var token: String?
    /// The signed-in account's id in `table.accountColumn`; nil for a guest.
    public private(set) var accountID: Int?
    /// The flash message this request shows (already cleared in the table: it shows once).
    public let flash: String?
    /// The token of a session created by this request, which its response sets as the cookie.
    private var createdToken: String?

    /// Reads the session the request's cookie names, and clears its flash message.
    public init(_ table: SessionTable, request: SandboxRequest, db: Database) throws {
        self.table = table
        guard let cookie = request.cookies[table.cookieName],
            let row = try Row.fetchOne(db.cachedStatement(sql: table.selectSQL), arguments: [cookie])
        else {
            flash = nil
            return
        }
        token = cookie
        let flashText: String = row["flash"]
        if flashText.isEmpty {
            flash = nil
        } else {
            flash = flashText
            try db.execute(sql: table.clearFlashSQL, arguments: [cookie])
        }
        accountID = row[table.accountColumn]
    }

    /// The session's token, creating a guest session on first need.
    public mutating func ensure(_ db: Database, context: SandboxContext) throws -> String {
        if let token { return token }
        return try create(db, context: context, accountID: nil)
    }

    /// A new session signed in to `accountID`, replacing the one the cookie named (if any).
    @discardableResult
    public mutating func create(_ db: Database, context: SandboxContext, accountID: Int?) throws -> String {
        var rng = SeededGenerator(seed: context.seed ^ UInt64(context.sequence) &* SeededGenerator.gamma, stream: table.tokenStream)
        let token = String(rng.next(), radix: 16) + String(rng.next(), radix: 16)
        try db.execute(sql: table.insertSQL, arguments: [token, accountID, context.sequence])
        self.token = token
        self.accountID = accountID
        createdToken = token
        return token
    }

    /// Stores a flash message for the next page the visitor sees.
    public mutating func setFlash(_ message: String, _ db: Database, context: SandboxContext) throws {
        let token = try ensure(db, context: context)
        try db.execute(sql: table.setFlashSQL, arguments: [message, token])
    }

    /// Signs the session (created if need be) in to `accountID`.
    public mutating func signIn(_ accountID: Int, _ db: Database, context: SandboxContext) throws {
        let token = try ensure(db, context: context)
        try db.execute(sql: table.setAccountSQL, arguments: [accountID, token])
        self.accountID = accountID
    }

    /// Signs the session out, keeping it (and its guest state).
    public mutating func signOut(_ db: Database) throws {
        guard let token else { return }
        try db.execute(sql: table.clearAccountSQL, arguments: [token])
        accountID = nil
    }

    /// Ends the session: its row is deleted.
    public mutating func end(_ db: Database) throws {
        guard let token else { return }
        try db.execute(sql: table.deleteSQL, arguments: [token])
        accountID = nil
    }

    /// `response`, setting the cookie of a session this request created.
    public func finish(_ response: SandboxResponse) -> SandboxResponse {
        guard let createdToken else { return response }
        return response.settingCookie(table.cookieName, createdToken)
    }
}
