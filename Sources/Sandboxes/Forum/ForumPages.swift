import GRDB
import SandboxKit
import Shop
import Vocabulary

/// The front page, the list of forums, a forum's page with its sidebar, and subscribing.
enum ForumPages {
    /// `/` shows the signed-in user's subscribed forums (all forums for guests); `/all` always all.
    static func front(_ forum: inout ForumRequest, all: Bool) throws -> SandboxResponse {
        let sort = try forum.choice("sort", SubmissionListing.sorts)
        let period = try forum.choice("t", SubmissionListing.periods)
        let page = try forum.pageNumber()
        var listing = SubmissionListing(filter: "1", arguments: [], sort: sort, period: period)
        let subscribed = !all && forum.user != nil
        if subscribed, let user = forum.user {
            listing.filter = "s.forum_id IN (SELECT forum_id FROM subscriptions WHERE user_id = ?)"
            listing.arguments = [user.id]
        }
        let path = all ? "/all" : "/"
        let result = try listing.fetch(forum, page: page)
        if result.rows.isEmpty && page > 1 { return try forum.notFound("There is no page \(page) of this listing.") }
        let heading = subscribed ? "Your front page" : "All forums"
        return try forum.page("listing", title: heading, [
            "heading": heading, "intro": subscribed ? "Posts from the forums you subscribe to." : "Posts from every forum.",
            "submissions": result.rows, "empty": result.rows.isEmpty,
            "sorting": SubmissionListing.sortLinks(path: path, sort: sort, period: period),
            "pager": pager(path: path, sort: sort, period: period, page: page, hasNext: result.hasNext),
            "popular": try popularForums(forum),
        ])
    }

    static func pager(path: String, sort: String, period: String, page: Int, hasNext: Bool, extra: String = "") -> [String: Any] {
        let base = "\(path)?sort=\(sort)\(sort == "top" ? "&t=\(period)" : "")\(extra)"
        var data: [String: Any] = ["page": page]
        if page > 1 { data["previous"] = "\(base)&page=\(page - 1)" }
        if hasNext { data["next"] = "\(base)&page=\(page + 1)" }
        return data
    }

    static func popularForums(_ forum: ForumRequest) throws -> [[String: Any]] {
        try Row.fetchAll(forum.db.cachedStatement(sql: """
            SELECT f.name, f.title, COUNT(s.user_id) AS subscribers FROM forums f LEFT JOIN subscriptions s ON s.forum_id = f.id
            GROUP BY f.id ORDER BY subscribers DESC, f.name LIMIT 10
            """)).map { ["name": $0["name"] as String, "title": $0["title"] as String, "subscribers": $0["subscribers"] as Int] }
    }

    static func list(_ forum: inout ForumRequest) throws -> SandboxResponse {
        let sort = try forum.choice("sort", ["name", "subscribers", "submissions"])
        let order = sort == "name" ? "f.name" : sort == "subscribers" ? "subscribers DESC, f.name" : "submissions DESC, f.name"
        let subscribed = try Set(Int.fetchAll(forum.db.cachedStatement(sql: "SELECT forum_id FROM subscriptions WHERE user_id = ?"), arguments: [forum.user?.id ?? 0]))
        let forums = try Row.fetchAll(forum.db, sql: """
            SELECT f.id, f.name, f.title, f.description,
                (SELECT COUNT(*) FROM subscriptions s WHERE s.forum_id = f.id) AS subscribers,
                (SELECT COUNT(*) FROM submissions s WHERE s.forum_id = f.id AND NOT s.deleted AND NOT s.removed) AS submissions
            FROM forums f ORDER BY \(order)
            """).map {
            ["name": $0["name"] as String, "title": $0["title"] as String, "description": $0["description"] as String,
             "subscribers": $0["subscribers"] as Int, "submissions": $0["submissions"] as Int, "subscribed": subscribed.contains($0["id"])] as [String: Any]
        }
        return try forum.page("forums", title: "Forums", [
            "forums": forums, "count": forums.count,
            "sorts": ["name", "subscribers", "submissions"].map { ["value": $0, "label": $0 == "name" ? "Name" : $0.capitalized, "current": $0 == sort] as [String: Any] },
        ])
    }

    /// The forum row and its sidebar data, or nil when no forum has that name.
    static func sidebar(_ forum: ForumRequest, name: String) throws -> (id: Int, name: String, data: [String: Any])? {
        guard let row = try Row.fetchOne(forum.db.cachedStatement(sql: "SELECT * FROM forums WHERE name = ?"), arguments: [name]) else { return nil }
        let id: Int = row["id"]
        let canonical: String = row["name"]
        let rules = try String.fetchAll(forum.db.cachedStatement(sql: "SELECT text FROM forum_rules WHERE forum_id = ? ORDER BY position"), arguments: [id])
        let moderators = try String.fetchAll(forum.db.cachedStatement(sql: """
            SELECT u.username FROM forum_moderators m JOIN forum_users u ON u.id = m.user_id WHERE m.forum_id = ?
            ORDER BY u.id = (SELECT owner_id FROM forums WHERE id = ?) DESC, u.username
            """), arguments: [id, id])
        let subscribers = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT COUNT(*) FROM subscriptions WHERE forum_id = ?"), arguments: [id]) ?? 0
        let subscribed = try forum.user.map {
            try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE forum_id = ? AND user_id = ?)"), arguments: [id, $0.id]) ?? false
        } ?? false
        let owner = try String.fetchOne(forum.db.cachedStatement(sql: "SELECT username FROM forum_users WHERE id = ?"), arguments: [row["owner_id"] as Int]) ?? ""
        return (id, canonical, [
            "name": canonical, "title": row["title"] as String, "description": row["description"] as String, "sidebar": row["sidebar"] as String,
            "rules": rules, "moderators": moderators, "owner": owner, "subscribers": subscribers, "subscribed": subscribed,
            "signed_in": forum.user != nil, "is_moderator": try forum.moderates(id), "created": ShopClock.display(row["created_at"]),
        ])
    }

    static func show(_ forum: inout ForumRequest, name: String) throws -> SandboxResponse {
        guard let info = try sidebar(forum, name: name) else { return try forum.notFound("There is no forum called “\(name)”.") }
        let sort = try forum.choice("sort", SubmissionListing.sorts)
        let period = try forum.choice("t", SubmissionListing.periods)
        let page = try forum.pageNumber()
        let listing = SubmissionListing(filter: "s.forum_id = ?", arguments: [info.id], sort: sort, period: period, stickyFirst: sort == "hot")
        let result = try listing.fetch(forum, page: page)
        if result.rows.isEmpty && page > 1 { return try forum.notFound("There is no page \(page) of this forum.") }
        let path = "/f/\(info.name)"
        return try forum.page("forum", title: info.data["title"] as? String ?? info.name, [
            "forum": info.data, "submissions": result.rows, "empty": result.rows.isEmpty,
            "sorting": SubmissionListing.sortLinks(path: path, sort: sort, period: period),
            "pager": pager(path: path, sort: sort, period: period, page: page, hasNext: result.hasNext),
        ])
    }

    static func subscribe(_ forum: inout ForumRequest, name: String, on: Bool) throws -> SandboxResponse {
        guard let info = try sidebar(forum, name: name) else { return try forum.notFound("There is no forum called “\(name)”.") }
        guard let user = forum.user else { return forum.signInRedirect(next: "/f/\(info.name)") }
        if on {
            try forum.db.execute(sql: "INSERT OR IGNORE INTO subscriptions VALUES (?, ?, ?)", arguments: [user.id, info.id, forum.now])
            try forum.setFlash("Subscribed to \(info.name).")
        } else {
            try forum.db.execute(sql: "DELETE FROM subscriptions WHERE user_id = ? AND forum_id = ?", arguments: [user.id, info.id])
            try forum.setFlash("Unsubscribed from \(info.name).")
        }
        return forum.redirect("/f/\(info.name)")
    }
}
