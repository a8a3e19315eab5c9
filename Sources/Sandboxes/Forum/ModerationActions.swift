import GRDB
import SandboxKit

/// What a forum's moderators (its owner among them) may do: remove posts and comments, lock
/// and pin threads, and ban users from posting. Anyone else gets an access-denied page.
enum ModerationActions {
    static let submissionActions = ["remove", "restore", "lock", "unlock", "sticky", "unsticky"]

    static func submission(_ forum: inout ForumRequest, name: String, id: String, action: String) throws -> SandboxResponse {
        guard let thread = try ThreadPage.load(forum, name: name, id: id) else { return try forum.notFound("That submission does not exist.") }
        let path = thread.data["permalink"] as? String ?? "/"
        guard forum.user != nil else { return forum.signInRedirect(next: path) }
        guard let moderator = forum.user, try forum.moderates(thread.forumID) else { return try forum.forbidden("Only moderators of \(name) can do that.") }
        let column: String, value: String
        switch action {
        case "remove": (column, value) = ("removed_at", forum.now)
        case "restore": (column, value) = ("removed_at", "")
        case "lock": (column, value) = ("locked", "1")
        case "unlock": (column, value) = ("locked", "0")
        case "sticky": (column, value) = ("sticky", "1")
        default: (column, value) = ("sticky", "0")
        }
        let stored: (any DatabaseValueConvertible)? = column == "removed_at" ? (value.isEmpty ? nil : value) : Int(value)
        try forum.db.execute(sql: """
            INSERT INTO submission_changes (submission_id, \(column), removed_by) VALUES (?, ?, ?)
            ON CONFLICT (submission_id) DO UPDATE SET \(column) = excluded.\(column)\(column == "removed_at" ? ", removed_by = excluded.removed_by" : "")
            """, arguments: [thread.row["id"] as Int, stored, column == "removed_at" && !value.isEmpty ? moderator.id : nil])
        let done = ["remove": "Post removed.", "restore": "Post restored.", "lock": "Thread locked.", "unlock": "Thread unlocked.", "sticky": "Post pinned.", "unsticky": "Post unpinned."]
        try forum.setFlash(done[action] ?? "Done.")
        return forum.redirect(path)
    }

    static func removeComment(_ forum: inout ForumRequest, id: String) throws -> SandboxResponse {
        guard let comment = try CommentActions.load(forum, id: id) else { return try forum.notFound("That comment does not exist.") }
        guard forum.user != nil else { return forum.signInRedirect(next: comment.path) }
        guard let moderator = forum.user, try forum.moderates(comment.row["forum_id"]) else {
            return try forum.forbidden("Only moderators of \(comment.row["forum"] as String) can remove comments there.")
        }
        try forum.db.execute(sql: """
            INSERT INTO comment_changes (comment_id, removed_at, removed_by) VALUES (?, ?, ?)
            ON CONFLICT (comment_id) DO UPDATE SET removed_at = excluded.removed_at, removed_by = excluded.removed_by
            """, arguments: [comment.row["id"] as Int, forum.now, moderator.id])
        try forum.setFlash("Comment removed.")
        return forum.redirect("/f/\(comment.row["forum"] as String)/\(comment.row["submission_id"] as Int)")
    }

    static func bans(_ forum: inout ForumRequest, name: String, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let info = try ForumPages.sidebar(forum, name: name) else { return try forum.notFound("There is no forum called “\(name)”.") }
        guard forum.user != nil else { return forum.signInRedirect(next: "/f/\(info.name)/bans") }
        guard try forum.moderates(info.id) else { return try forum.forbidden("Only moderators of \(info.name) can see its bans.") }
        let bans = try Row.fetchAll(forum.db.cachedStatement(sql: """
            SELECT u.username, b.reason, b.banned_at, m.username AS moderator FROM forum_bans b JOIN forum_users u ON u.id = b.user_id
            JOIN forum_users m ON m.id = b.banned_by WHERE b.forum_id = ? ORDER BY b.banned_at, u.username
            """), arguments: [info.id]).map {
            ["username": $0["username"] as String, "reason": $0["reason"] as String, "moderator": $0["moderator"] as String,
             "date": $0["banned_at"] as String] as [String: Any]
        }
        let input = forum.request.isPost ? ["username": ForumInput.trimmed(forum.form, "username"), "reason": ForumInput.trimmed(forum.form, "reason")] : ["username": "", "reason": ""]
        return try forum.page("bans", title: "Bans in \(info.name)", [
            "forum": info.data, "bans": bans, "has_bans": !bans.isEmpty, "input": input, "errors": problems, "has_errors": !problems.isEmpty,
            "error_list": ForumInput.ordered(problems, fields: ["username", "reason"]),
        ], status: status)
    }

    static func ban(_ forum: inout ForumRequest, name: String) throws -> SandboxResponse {
        guard let info = try ForumPages.sidebar(forum, name: name) else { return try forum.notFound("There is no forum called “\(name)”.") }
        guard forum.user != nil else { return forum.signInRedirect(next: "/f/\(info.name)/bans") }
        guard let moderator = forum.user, try forum.moderates(info.id) else { return try forum.forbidden("Only moderators of \(info.name) can ban users.") }
        let username = ForumInput.trimmed(forum.form, "username")
        let reason = ForumInput.trimmed(forum.form, "reason")
        var problems: [String: String] = [:]
        let target = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT id FROM forum_users WHERE username = ?"), arguments: [username])
        if username.isEmpty { problems["username"] = "Enter the username to ban." }
        else if target == nil { problems["username"] = "There is no user called “\(username)”." }
        else if let target, try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM forum_moderators WHERE forum_id = ? AND user_id = ?)"), arguments: [info.id, target]) == true {
            problems["username"] = "Moderators cannot be banned from their own forum."
        }
        if let error = ForumInput.required(reason, "a reason", max: 300) { problems["reason"] = error }
        guard let target, problems.isEmpty else { return try bans(&forum, name: name, problems: problems, status: 422) }
        try forum.db.execute(sql: """
            INSERT INTO forum_bans VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (forum_id, user_id) DO UPDATE SET reason = excluded.reason, banned_by = excluded.banned_by, banned_at = excluded.banned_at
            """, arguments: [info.id, target, reason, moderator.id, forum.now])
        try forum.setFlash("\(username) is banned from \(info.name).")
        return forum.redirect("/f/\(info.name)/bans")
    }

    static func unban(_ forum: inout ForumRequest, name: String, username: String) throws -> SandboxResponse {
        guard let info = try ForumPages.sidebar(forum, name: name) else { return try forum.notFound("There is no forum called “\(name)”.") }
        guard forum.user != nil else { return forum.signInRedirect(next: "/f/\(info.name)/bans") }
        guard try forum.moderates(info.id) else { return try forum.forbidden("Only moderators of \(info.name) can lift bans.") }
        guard let target = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT b.user_id FROM forum_bans b JOIN forum_users u ON u.id = b.user_id WHERE b.forum_id = ? AND u.username = ?"), arguments: [info.id, username]) else {
            return try forum.notFound("\(username) is not banned from \(info.name).")
        }
        try forum.db.execute(sql: "DELETE FROM forum_bans WHERE forum_id = ? AND user_id = ?", arguments: [info.id, target])
        try forum.setFlash("\(username) may post in \(info.name) again.")
        return forum.redirect("/f/\(info.name)/bans")
    }
}
