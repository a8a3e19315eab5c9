import GRDB
import SandboxKit

/// Up- and downvotes on submissions and comments: one vote per user and item; voting the
/// same way again, or `value=0`, takes the vote back.
enum Voting {
    static func vote(_ forum: inout ForumRequest) throws -> SandboxResponse {
        let next = forum.form.nonEmpty("next").flatMap { $0.hasPrefix("/") && !$0.hasPrefix("//") ? $0 : nil } ?? "/"
        guard let user = forum.user else { return forum.signInRedirect(next: next) }
        guard let kind = forum.form["kind"], ["submission", "comment"].contains(kind) else { return try forum.badRequest("Say whether the vote is on a submission or a comment.") }
        guard let target = forum.form["id"].flatMap(Int.init) else { return try forum.badRequest("The vote names no item.") }
        guard let value = forum.form["value"].flatMap(Int.init), [-1, 0, 1].contains(value) else { return try forum.badRequest("A vote is 1, -1 or 0.") }
        let table = kind == "submission" ? "submissions" : "comments"
        guard try Bool.fetchOne(forum.db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ? AND NOT deleted AND NOT removed)", arguments: [target]) == true else {
            return try forum.notFound("There is nothing to vote on there.")
        }
        let current = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT value FROM votes WHERE user_id = ? AND kind = ? AND target_id = ?"), arguments: [user.id, kind, target])
        if value == 0 || current == value {
            try forum.db.execute(sql: "DELETE FROM votes WHERE user_id = ? AND kind = ? AND target_id = ?", arguments: [user.id, kind, target])
        } else {
            try forum.db.execute(sql: """
                INSERT INTO votes VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id, kind, target_id) DO UPDATE SET value = excluded.value, voted_at = excluded.voted_at
                """, arguments: [user.id, kind, target, value, forum.now])
        }
        return forum.redirect(next)
    }
}
