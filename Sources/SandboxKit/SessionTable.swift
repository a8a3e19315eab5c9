/// Where a website keeps its visitors' sessions: one row per token, holding the signed-in
/// account (NULL for a guest), a flash message shown once, and the request that created it.
///
/// The statements are built once here, so a request's session costs no string building.
public struct SessionTable: Sendable {
    /// The table, e.g. `sessions` (it is also the site's `Sandbox.sessionTables`).
    public let table: String
    /// The column naming the signed-in account, e.g. `customer_id`.
    public let accountColumn: String
    /// The cookie carrying the token.
    public let cookieName: String
    /// The seeded stream tokens are drawn from, so the same requests get the same tokens.
    public let tokenStream: String

    let selectSQL: String
    let clearFlashSQL: String
    let insertSQL: String
    let setFlashSQL: String
    let setAccountSQL: String
    let clearAccountSQL: String
    let deleteSQL: String

    public init(table: String, accountColumn: String, cookieName: String, tokenStream: String) {
        self.table = table
        self.accountColumn = accountColumn
        self.cookieName = cookieName
        self.tokenStream = tokenStream
        selectSQL = "SELECT \(accountColumn), flash FROM \(table) WHERE token = ?"
        clearFlashSQL = "UPDATE \(table) SET flash = '' WHERE token = ?"
        insertSQL = "INSERT INTO \(table) (token, \(accountColumn), flash, created_seq) VALUES (?, ?, '', ?)"
        setFlashSQL = "UPDATE \(table) SET flash = ? WHERE token = ?"
        setAccountSQL = "UPDATE \(table) SET \(accountColumn) = ? WHERE token = ?"
        clearAccountSQL = "UPDATE \(table) SET \(accountColumn) = NULL WHERE token = ?"
        deleteSQL = "DELETE FROM \(table) WHERE token = ?"
    }
}
