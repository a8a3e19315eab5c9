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
        let comments = try commentTree(forum, submissionID: submissionID, forumName: forumName, sort: sort, locked: thread.data["locked"] as? Bool == true, moderator: moderator, root: focusID)
        guard let sidebar = try ForumPages.sidebar(forum, name: forumName) else { return try forum.notFound() }
        var data: [String: Any] = [
            "submission": thread.data, "forum": sidebar.data, "comments": comments, "has_comments": !comments.isEmpty,
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

    /// The thread's comments as HTML (or only `root` and its replies), sorted by `sort` at
    /// every level; empty when there are none.
    static func commentTree(_ forum: ForumRequest, submissionID: Int, forumName: String, sort: String, locked: Bool, moderator: Bool, root: Int?) throws -> String {
        let comments = try Row.fetchCursor(forum.db.cachedStatement(sql: """
            SELECT c.id, c.parent_id, c.user_id, c.body, c.created_at, c.edited_at, c.deleted, c.removed, c.upvotes - c.downvotes AS score, u.username
            FROM comments c JOIN forum_users u ON u.id = c.user_id WHERE c.submission_id = ?
            """), arguments: [submissionID]).map { row in
            CommentTreeHTML.Comment(id: row[0], parentID: row[1] as Int? ?? 0, userID: row[2], body: row[3], created: row[4], edited: (row[5] as String?) != nil,
                                    deleted: (row[6] as Int) != 0, removed: (row[7] as Int) != 0, score: row[8], username: row[9])
        }
        let rows = try Array(comments)
        let inOrder: (CommentTreeHTML.Comment, CommentTreeHTML.Comment) -> Bool
        switch sort {
        case "new": inOrder = { ($0.created, $0.id) > ($1.created, $1.id) }
        case "old": inOrder = { ($0.created, $0.id) < ($1.created, $1.id) }
        default: inOrder = { ($0.score, -$0.id) > ($1.score, -$1.id) }
        }
        let children = Dictionary(grouping: rows, by: \.parentID).mapValues { $0.sorted(by: inOrder) }
        var tree = CommentTreeHTML(
            base: forum.context.basePath, forumName: forumName, submissionID: submissionID, userID: forum.user?.id, locked: locked, moderator: moderator,
            votes: try SubmissionListing.userVotes(forum, kind: "comment", ids: rows.map(\.id)), nowUnix: ForumTime.unix(forum.now))
        let top = root.map { root in rows.filter { $0.id == root } } ?? children[0] ?? []
        for comment in top { tree.write(comment) { children[$0.id] ?? [] } }
        return tree.html.string
    }
}
