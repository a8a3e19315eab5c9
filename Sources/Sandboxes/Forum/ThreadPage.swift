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
                \(ForumSchema.commentCount(of: "s.id")) AS comment_count
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

    /// One comment's row, read once: sorting and building the tree then compare plain fields
    /// instead of looking columns up by name in every comparison.
    private struct Comment {
        let id: Int
        let parentID: Int
        let userID: Int
        let body: String
        let created: String
        let edited: Bool
        let deleted: Bool
        let removed: Bool
        let score: Int
        let username: String
    }

    /// Nested comment data: every node carries every key, so a child never inherits its parent's.
    static func commentTree(_ forum: ForumRequest, submissionID: Int, forumName: String, sort: String, locked: Bool, moderator: Bool, root: Int?) throws -> [[String: Any]] {
        let comments = try Row.fetchCursor(forum.db.cachedStatement(sql: """
            SELECT c.id, c.parent_id, c.user_id, c.body, c.created_at, c.edited_at, c.deleted, c.removed, c.upvotes - c.downvotes AS score, u.username
            FROM comments c JOIN forum_users u ON u.id = c.user_id WHERE c.submission_id = ?
            """), arguments: [submissionID]).map { row in
            Comment(id: row[0], parentID: row[1] as Int? ?? 0, userID: row[2], body: row[3], created: row[4], edited: (row[5] as String?) != nil,
                    deleted: (row[6] as Int) != 0, removed: (row[7] as Int) != 0, score: row[8], username: row[9])
        }
        let rows = try Array(comments)
        let votes = try SubmissionListing.userVotes(forum, kind: "comment", ids: rows.map(\.id))
        var children: [Int: [Comment]] = [:]
        var byID: [Int: Comment] = [:]
        for row in rows {
            children[row.parentID, default: []].append(row)
            byID[row.id] = row
        }
        func ordered(_ list: [Comment]) -> [Comment] {
            switch sort {
            case "new": return list.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
            case "old": return list.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
            default: return list.sorted { ($0.score, -$0.id) > ($1.score, -$1.id) }
            }
        }
        let now = ForumTime.unix(forum.now)
        let signedIn = forum.user != nil
        let userID = forum.user?.id
        func node(_ row: Comment, depth: Int) -> [String: Any] {
            let id = row.id
            let gone = row.deleted || row.removed
            let replies = ordered(children[id] ?? []).map { node($0, depth: depth + 1) }
            return [
                "id": id, "username": gone ? "" : row.username, "body": row.body,
                "deleted": row.deleted, "removed": row.removed, "visible": !gone,
                "score": row.score, "age": ForumTime.ago(row.created, nowUnix: now), "created_at": row.created,
                "edited": row.edited, "depth": depth,
                "permalink": "/f/\(forumName)/\(submissionID)/comment/\(id)",
                "is_mine": userID == row.userID && !gone, "can_reply": signedIn && !locked && !gone, "can_remove": moderator && !gone,
                "signed_in": signedIn, "upvoted": votes[id] == 1, "downvoted": votes[id] == -1,
                "kind": "comment", "next": "/f/\(forumName)/\(submissionID)#c\(id)",
                "replies": replies, "has_replies": !replies.isEmpty,
            ]
        }
        if let root, let row = byID[root] { return [node(row, depth: 0)] }
        return ordered(children[0] ?? []).map { node($0, depth: 0) }
    }
}
