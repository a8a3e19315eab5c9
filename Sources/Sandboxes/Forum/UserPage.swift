import GRDB
import SandboxKit
import Shop

/// A user's profile: karma (net score of their posts and of their comments), moderated
/// forums, and their history of submissions or comments, newest first.
enum UserPage {
    static let tabs = ["submissions", "comments"]

    static func show(_ forum: inout ForumRequest, username: String) throws -> SandboxResponse {
        guard let user = try Row.fetchOne(forum.db.cachedStatement(sql: "SELECT id, username, bio, joined_at FROM forum_users WHERE username = ?"), arguments: [username]) else {
            return try forum.notFound("There is no user called “\(username)”.")
        }
        let tab = try forum.choice("show", tabs)
        let page = try forum.pageNumber()
        let id: Int = user["id"]
        let name: String = user["username"]
        let postKarma = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM submissions WHERE user_id = ? AND NOT deleted AND NOT removed"), arguments: [id]) ?? 0
        let commentKarma = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT COALESCE(SUM(upvotes - downvotes), 0) FROM comments WHERE user_id = ? AND NOT deleted AND NOT removed"), arguments: [id]) ?? 0
        let moderates = try Row.fetchAll(forum.db.cachedStatement(sql: "SELECT f.name, f.title FROM forum_moderators m JOIN forums f ON f.id = m.forum_id WHERE m.user_id = ? ORDER BY f.name"), arguments: [id]).map {
            ["name": $0["name"] as String, "title": $0["title"] as String]
        }
        var items: [[String: Any]] = []
        var hasNext = false
        if tab == "submissions" {
            let result = try SubmissionListing(filter: "s.user_id = ?", arguments: [id], sort: "new").fetch(forum, page: page)
            items = result.rows
            hasNext = result.hasNext
        } else {
            let rows = try Row.fetchAll(forum.db.cachedStatement(sql: """
                SELECT c.id, c.body, c.created_at, c.upvotes - c.downvotes AS score, c.submission_id, s.title, f.name AS forum
                FROM comments c JOIN submissions s ON s.id = c.submission_id JOIN forums f ON f.id = s.forum_id
                WHERE c.user_id = ? AND NOT c.deleted AND NOT c.removed ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?
                """), arguments: [id, ForumRequest.pageSize + 1, (page - 1) * ForumRequest.pageSize])
            hasNext = rows.count > ForumRequest.pageSize
            items = rows.prefix(ForumRequest.pageSize).map {
                let created: String = $0["created_at"]
                return ["id": $0["id"] as Int, "body": $0["body"] as String, "score": $0["score"] as Int, "title": $0["title"] as String,
                        "forum": $0["forum"] as String, "age": ForumTime.ago(created, now: forum.now), "created_at": created,
                        "permalink": "/f/\($0["forum"] as String)/\($0["submission_id"] as Int)/comment/\($0["id"] as Int)"] as [String: Any]
            }
        }
        if items.isEmpty && page > 1 { return try forum.notFound("There is no page \(page) of \(name)'s \(tab).") }
        var pager: [String: Any] = ["page": page]
        if page > 1 { pager["previous"] = "/u/\(name)?show=\(tab)&page=\(page - 1)" }
        if hasNext { pager["next"] = "/u/\(name)?show=\(tab)&page=\(page + 1)" }
        return try forum.page("user", title: name, [
            "username": name, "user_id": id, "bio": user["bio"] as String, "joined": ShopClock.display(user["joined_at"]),
            "post_karma": postKarma, "comment_karma": commentKarma, "karma": postKarma + commentKarma,
            "moderates": moderates, "is_moderator": !moderates.isEmpty, "is_self": forum.user?.id == id, "signed_in": forum.user != nil,
            "show_submissions": tab == "submissions", "show_comments": tab == "comments", "items": items, "empty": items.isEmpty, "pager": pager,
        ])
    }
}
