import GRDB

/// What a website's visitor signs in to (a customer, a forum user, a staff member), looked up
/// by the id its session row holds.
public protocol SiteAccount {
    /// The account with `id`; nil when there is none.
    static func load(_ db: Database, id: Int) throws -> Self?
}
