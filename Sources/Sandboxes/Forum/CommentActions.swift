import GRDB
import SandboxKit

/// Commenting and replying, and a comment's author editing or deleting it.
enum CommentActions {
    static func post(_ forum: inout ForumRequest, name: String, id: String) throws -> SandboxResponse {
        guard let thread = try ThreadPage.load(forum, name: name, id: id) else { return try forum.notFound("That submission does not exist.") }
        let path = thread.data["permalink"] as? String ?? "/"
        guard let user = forum.user else { return forum.signInRedirect(next: path) }
        let submissionID: Int = thread.row["id"]
        if thread.data["locked"] as? Bool == true { return try forum.forbidden("This thread is locked: no new comments.") }
        if thread.data["deleted"] as? Bool == true || thread.data["removed"] as? Bool == true { return try forum.forbidden("This post was removed: no new comments.") }
        if try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM forum_bans WHERE forum_id = ? AND user_id = ?)"), arguments: [thread.forumID, user.id]) == true {
            return try forum.forbidden("You are banned from \(name).")
        }
        var parentID: Int? = nil
        if let parent = forum.form.nonEmpty("parent_id") {
            guard let value = Int(parent), try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM comments WHERE id = ? AND submission_id = ? AND NOT deleted AND NOT removed)"), arguments: [value, submissionID]) == true else {
                return try forum.notFound("The comment you replied to is not in this thread.")
            }
            parentID = value
        }
        let body = ForumInput.trimmed(forum.form, "body")
        if let error = ForumInput.required(body, "a comment", max: 10_000) {
            return try ThreadPage.show(&forum, name: name, id: id, focus: parentID.map(String.init), problems: ["body": error], status: 422)
        }
        let commentID = try SubmissionForms.nextID(forum.db, table: "new_comments")
        try forum.db.execute(sql: "INSERT INTO new_comments VALUES (?, ?, ?, ?, ?, ?, 1, 0)", arguments: [commentID, submissionID, parentID, user.id, body, forum.now])
        try forum.setFlash("Your comment was posted.")
        return forum.redirect("\(path)/comment/\(commentID)")
    }

    /// The comment `id` with its thread's path, or nil.
    static func load(_ forum: ForumRequest, id: String) throws -> (row: Row, path: String)? {
        guard let commentID = Int(id), let row = try Row.fetchOne(forum.db.cachedStatement(sql: """
            SELECT c.*, f.name AS forum, s.forum_id FROM comments c JOIN submissions s ON s.id = c.submission_id JOIN forums f ON f.id = s.forum_id
            WHERE c.id = ?
            """), arguments: [commentID])
        else { return nil }
        return (row, "/f/\(row["forum"] as String)/\(row["submission_id"] as Int)/comment/\(commentID)")
    }

    static func edit(_ forum: inout ForumRequest, id: String) throws -> SandboxResponse {
        guard let comment = try load(forum, id: id) else { return try forum.notFound("That comment does not exist.") }
        guard let user = forum.user else { return forum.signInRedirect(next: "/comment/\(id)/edit") }
        guard user.id == comment.row["user_id"] as Int, (comment.row["deleted"] as Int) == 0, (comment.row["removed"] as Int) == 0 else {
            return try forum.forbidden("Only the author can edit this comment.")
        }
        var body: String = comment.row["body"]
        var problems: [String: String] = [:]
        if forum.request.isPost {
            body = ForumInput.trimmed(forum.form, "body")
            if let error = ForumInput.required(body, "a comment", max: 10_000) {
                problems["body"] = error
            } else {
                try forum.db.execute(sql: """
                    INSERT INTO comment_changes (comment_id, body, edited_at) VALUES (?, ?, ?)
                    ON CONFLICT (comment_id) DO UPDATE SET body = excluded.body, edited_at = excluded.edited_at
                    """, arguments: [comment.row["id"] as Int, body, forum.now])
                try forum.setFlash("Your comment was updated.")
                return forum.redirect(comment.path)
            }
        }
        return try forum.page("edit_comment", title: "Edit comment", [
            "id": comment.row["id"] as Int, "body": body, "permalink": comment.path, "has_errors": !problems.isEmpty,
            "error_list": ForumInput.ordered(problems, fields: ["body"]), "body_error": problems["body"] ?? "",
        ], status: problems.isEmpty ? 200 : 422)
    }

    static func delete(_ forum: inout ForumRequest, id: String) throws -> SandboxResponse {
        guard let comment = try load(forum, id: id) else { return try forum.notFound("That comment does not exist.") }
        guard let user = forum.user else { return forum.signInRedirect(next: comment.path) }
        guard user.id == comment.row["user_id"] as Int else { return try forum.forbidden("Only the author can delete this comment.") }
        try forum.db.execute(sql: """
            INSERT INTO comment_changes (comment_id, deleted_at) VALUES (?, ?)
            ON CONFLICT (comment_id) DO UPDATE SET deleted_at = excluded.deleted_at
            """, arguments: [comment.row["id"] as Int, forum.now])
        try forum.setFlash("Your comment was deleted.")
        return forum.redirect("/f/\(comment.row["forum"] as String)/\(comment.row["submission_id"] as Int)")
    }
}
