import GRDB
import SandboxKit
import Worlds

/// The forum: Postmill/Reddit-like discussion about the shop's products and everyday
/// subjects, in the same world as the shop (same seed, its customers among the users).
public struct ForumSandbox: PlayableSandbox {
    public init() {}

    public var name: String { "forum" }
    public var title: String { "Larkspur Community (forum)" }
    public var dataVersion: Int { 2 }
    /// Played in a browser, like every website.
    public var world: any EpisodeWorld { BrowserWorld() }

    public func buildCatalog(_ db: Database, seed: UInt64) throws {
        try ForumCatalogGenerator(seed: seed).build(db)
    }

    public func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try ForumStateGenerator(seed: seed).build(db)
    }

    public var connectionSetupSQL: [String] { ForumSchema.connectionSetup }
    /// Browsing and signing in change only the session.
    public let sessionTables = [ForumRequest.sessions.table]

    public func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        try await ForumRequest.serve(request, context: context, route: Self.route)
    }

    /// Method and path to handler. Paths are relative to the forum's origin.
    static func route(_ forum: inout ForumRequest) throws -> SandboxResponse {
        let parts = forum.request.path.split(separator: "/").map(String.init)
        let post = forum.request.isPost
        let last = parts.last ?? ""
        switch (post, parts.count, parts.first ?? "") {
        case (false, 0, _): return try ForumPages.front(&forum, all: false)
        case (false, 1, "all"): return try ForumPages.front(&forum, all: true)
        case (false, 1, "forums"): return try ForumPages.list(&forum)
        case (false, 1, "submit"): return try SubmissionForms.form(&forum, preselect: nil)
        case (true, 1, "submit"): return try SubmissionForms.submit(&forum)
        case (false, 1, "search"): return try SearchPage.show(&forum)
        case (true, 1, "vote"): return try Voting.vote(&forum)
        case (false, 1, "login"): return try SignInPages.form(&forum)
        case (true, 1, "login"): return try SignInPages.signIn(&forum)
        case (true, 1, "logout"): return try SignInPages.signOut(&forum)
        case (false, 2, "u"): return try UserPage.show(&forum, username: parts[1])
        case (false, 1, "messages"): return try MessagePages.list(&forum, sent: false)
        case (false, 2, "messages") where parts[1] == "sent": return try MessagePages.list(&forum, sent: true)
        case (false, 2, "messages") where parts[1] == "new": return try MessagePages.compose(&forum)
        case (true, 2, "messages") where parts[1] == "new": return try MessagePages.send(&forum)
        case (false, 2, "messages"): return try MessagePages.show(&forum, id: parts[1])
        case (_, 3, "comment") where last == "edit": return try CommentActions.edit(&forum, id: parts[1])
        case (true, 3, "comment") where last == "delete": return try CommentActions.delete(&forum, id: parts[1])
        case (true, 3, "comment") where last == "remove": return try ModerationActions.removeComment(&forum, id: parts[1])
        case (false, 2, "f"): return try ForumPages.show(&forum, name: parts[1])
        case (true, 3, "f") where last == "subscribe": return try ForumPages.subscribe(&forum, name: parts[1], on: true)
        case (true, 3, "f") where last == "unsubscribe": return try ForumPages.subscribe(&forum, name: parts[1], on: false)
        case (false, 3, "f") where last == "submit": return try SubmissionForms.form(&forum, preselect: parts[1])
        case (false, 3, "f") where last == "bans": return try ModerationActions.bans(&forum, name: parts[1])
        case (true, 3, "f") where last == "bans": return try ModerationActions.ban(&forum, name: parts[1])
        case (true, 5, "f") where parts[2] == "bans" && last == "unban": return try ModerationActions.unban(&forum, name: parts[1], username: parts[3])
        case (false, 3, "f"): return try ThreadPage.show(&forum, name: parts[1], id: parts[2])
        case (false, 5, "f") where parts[3] == "comment": return try ThreadPage.show(&forum, name: parts[1], id: parts[2], focus: parts[4])
        case (true, 4, "f") where last == "comment": return try CommentActions.post(&forum, name: parts[1], id: parts[2])
        case (_, 4, "f") where last == "edit": return try SubmissionForms.edit(&forum, name: parts[1], id: parts[2])
        case (true, 4, "f") where last == "delete": return try SubmissionForms.delete(&forum, name: parts[1], id: parts[2])
        case (true, 4, "f") where ModerationActions.submissionActions.contains(last):
            return try ModerationActions.submission(&forum, name: parts[1], id: parts[2], action: last)
        default: break
        }
        return try forum.notFound()
    }
}
