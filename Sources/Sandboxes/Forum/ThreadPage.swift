import GRDB
import SandboxKit

/// A submission with its comment tree (sorted by top, new or old), and one comment's
/// permalink with its replies and a reply form.
enum ThreadPage {
    static let commentSorts = ["top", "new", "old"]

    /// The submission `id` in forum `name` (as the listing row shows it), or nil.
    static func load(_ forum: ForumRequest, name: String, id: String) throws -> (row: Row, forumID: Int, data: [String: Any])? {
        guard let submissionID = Int(id), let row = try Row.fetchOne(forum.db.cachedStatement(sql: """
            SELECT s.*, s.upvotes - s.downvotes AS score, f.name AS forum, u.username,
                (SELECT COUNT(*) FROM comments c WHERE c.submission_id = s.id) AS comment_count
            FROM submissions s JOIN forums f ON f.id = s.forum_id JOIN forum_users u ON u.id = s.user_id
            WHERE s.id = ? AND f.name = ?
            """), arguments: [submissionID, name])
        else { return nil }
        let vote = try SubmissionListing.userVotes(forum, kind: "submission", ids: [submissionID])[submissionID] ?? 0
        var data = SubmissionListing.rowData(row, forum: forum, vote: vote)
        data["deleted"] = (row["deleted"] as Int) != 0
        data["removed"] = (row["removed"] as Int) != 0
        return (row, row["forum_id"], data)
    }

    static func show(_ forum: inout ForumRequest, name: String, id: String, focus: String? = nil, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let thread = try load(forum, name: name, id: id) else { return try forum.notFound("That submission does not exist.") }
        let sort = try forum.choice("sort", commentSorts)
        let submissionID: Int = thread.row["id"]
        let forumName: String = thread.row["forum"]
        var focusID: Int? = nil
        if let focus {
            guard let value = Int(focus), try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM comments WHERE id = ? AND submission_id = ?)"), arguments: [value, submissionID]) == true else {
                return try forum.notFound("That comment is not in this thread.")
            }
            focusID = value
        }
        let moderator = try forum.moderates(thread.forumID)
        let tree = try commentTree(forum, submissionID: submissionID, forumName: forumName, sort: sort, locked: thread.data["locked"] as? Bool == true, moderator: moderator, root: focusID)
        guard let sidebar = try ForumPages.sidebar(forum, name: forumName) else { return try forum.notFound() }
        var data: [String: Any] = [
            "submission": thread.data, "forum": sidebar.data, "comments": tree, "has_comments": !tree.isEmpty,
            "is_moderator": moderator, "signed_in": forum.user != nil,
            "sorts": commentSorts.map { ["value": $0, "label": $0.capitalized, "current": $0 == sort, "href": "/f/\(forumName)/\(submissionID)?sort=\($0)"] as [String: Any] },
            "comment_body": problems.isEmpty ? "" : (forum.form["body"] ?? ""), "has_errors": !problems.isEmpty, "error_list": Array(problems.values.sorted()),
            "body_error": problems["body"] ?? "",
            "can_comment": forum.user != nil && thread.data["locked"] as? Bool != true && thread.data["deleted"] as? Bool != true && thread.data["removed"] as? Bool != true,
        ]
        if let focusID {
            data["focus"] = ["id": focusID, "thread": "/f/\(forumName)/\(submissionID)"] as [String: Any]
            data["parent_id"] = focusID
        }
        let title = thread.data["title"] as? String ?? "Submission"
        return try forum.page("thread", title: title, data, status: status)
    }

    /// Nested comment data: every node carries every key, so a child never inherits its parent's.
    static func commentTree(_ forum: ForumRequest, submissionID: Int, forumName: String, sort: String, locked: Bool, moderator: Bool, root: Int?) throws -> [[String: Any]] {
        let rows = try Row.fetchAll(forum.db.cachedStatement(sql: """
            SELECT c.id, c.parent_id, c.user_id, c.body, c.created_at, c.edited_at, c.deleted, c.removed, c.upvotes - c.downvotes AS score, u.username
            FROM comments c JOIN forum_users u ON u.id = c.user_id WHERE c.submission_id = ?
            """), arguments: [submissionID])
        let votes = try SubmissionListing.userVotes(forum, kind: "comment", ids: rows.map { $0["id"] })
        var children: [Int: [Row]] = [:]
        var byID: [Int: Row] = [:]
        for row in rows {
            children[row["parent_id"] as Int? ?? 0, default: []].append(row)
            byID[row["id"]] = row
        }
        func ordered(_ list: [Row]) -> [Row] {
            switch sort {
            case "new": return list.sorted { ($0["created_at"] as String, $0["id"] as Int) > ($1["created_at"] as String, $1["id"] as Int) }
            case "old": return list.sorted { ($0["created_at"] as String, $0["id"] as Int) < ($1["created_at"] as String, $1["id"] as Int) }
            default: return list.sorted { ($0["score"] as Int, -($0["id"] as Int)) > ($1["score"] as Int, -($1["id"] as Int)) }
            }
        }
        func node(_ row: Row, depth: Int) -> [String: Any] {
            let id: Int = row["id"]
            let gone = (row["deleted"] as Int) != 0 || (row["removed"] as Int) != 0
            let created: String = row["created_at"]
            let mine = forum.user?.id == (row["user_id"] as Int)
            let replies = ordered(children[id] ?? []).map { node($0, depth: depth + 1) }
            return [
                "id": id, "username": gone ? "" : row["username"] as String, "body": row["body"] as String,
                "deleted": (row["deleted"] as Int) != 0, "removed": (row["removed"] as Int) != 0, "visible": !gone,
                "score": row["score"] as Int, "age": ForumTime.ago(created, now: forum.now), "created_at": created,
                "edited": (row["edited_at"] as String?) != nil, "depth": depth,
                "permalink": "/f/\(forumName)/\(submissionID)/comment/\(id)",
                "is_mine": mine && !gone, "can_reply": forum.user != nil && !locked && !gone, "can_remove": moderator && !gone,
                "signed_in": forum.user != nil, "upvoted": votes[id] == 1, "downvoted": votes[id] == -1,
                "kind": "comment", "next": "/f/\(forumName)/\(submissionID)#c\(id)",
                "replies": replies, "has_replies": !replies.isEmpty,
            ]
        }
        if let root, let row = byID[root] { return [node(row, depth: 0)] }
        return ordered(children[0] ?? []).map { node($0, depth: 0) }
    }
}
