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
        let comments = try commentTree(forum, submissionID: submissionID, forumName: forumName, sort: sort, page: focusID == nil ? try forum.pageNumber() : 1,
                                       locked: thread.data["locked"] as? Bool == true, moderator: moderator, root: focusID)
        guard let comments else { return try forum.notFound("That page of comments does not exist.") }
        guard let sidebar = try ForumPages.sidebar(forum, name: forumName) else { return try forum.notFound() }
        var data: [String: Any] = [
            "submission": thread.data, "forum": sidebar.data, "comments": comments.html, "has_comments": !comments.html.bytes.isEmpty,
            "is_moderator": moderator, "signed_in": forum.user != nil,
            "sorts": commentSorts.map { ["value": $0, "label": $0.capitalized, "current": $0 == sort, "href": "/f/\(forumName)/\(submissionID)?sort=\($0)"] as [String: Any] },
            "comment_body": problems.isEmpty ? "" : (forum.form["body"] ?? ""), "has_errors": !problems.isEmpty, "error_list": Array(problems.values.sorted()),
            "body_error": problems["body"] ?? "",
            "pager": comments.pager(thread: "/f/\(forumName)/\(submissionID)?sort=\(sort)"),
            "can_comment": forum.user != nil && thread.data["locked"] as? Bool != true && thread.data["deleted"] as? Bool != true && thread.data["removed"] as? Bool != true,
        ]
        if let focusID {
            data["focus"] = ["id": focusID, "thread": "/f/\(forumName)/\(submissionID)"] as [String: Any]
            data["parent_id"] = focusID
        }
        let title = thread.data["title"] as? String ?? "Submission"
        return try forum.page("thread", title: title, data, status: status)
    }

    /// Comments one thread page shows at most, replies included. A page ends before the
    /// top-level comment that would take it past this, so a reply is always on its parent's
    /// page (a top-level comment with more replies than this fills a page alone); the rest are
    /// on further pages. Forums page long threads (phpBB, Discourse) and Reddit folds comments
    /// past a limit; here it also keeps a page within what an agent reads at once and within the
    /// web-step target: a 250-comment thread on one page was about 3,500 tree nodes and 160 KiB,
    /// and a 6.5 ms step. Forty comments are about 21 KiB (docs/forum-suite.md, "Speed").
    static let commentsPerPage = 40

    /// One page of a thread's comments, written as HTML.
    struct CommentPage {
        let html: HTMLWriter
        /// From 1.
        let page: Int
        /// At least 1, even for a thread without comments.
        let pageCount: Int

        /// The `pager` partial's data, or false when the thread fits on one page.
        func pager(thread: String) -> Any {
            guard pageCount > 1 else { return false }
            var data: [String: Any] = ["page": page, "page_count": pageCount]
            if page > 1 { data["previous"] = "\(thread)&page=\(page - 1)" }
            if page < pageCount { data["next"] = "\(thread)&page=\(page + 1)" }
            return data
        }
    }

    /// Page `page` of the thread's comments (or only `root` and its replies, on one page),
    /// sorted by `sort` at every level; nil when the thread has fewer pages.
    ///
    /// The thread's shape (ids and parents, in display order) is read first and sorted;
    /// only the comments the page shows are then read whole.
    static func commentTree(_ forum: ForumRequest, submissionID: Int, forumName: String, sort: String, page: Int, locked: Bool, moderator: Bool, root: Int?) throws -> CommentPage? {
        // The shape reads the base tables rather than the `comments` view, and sorts in Swift:
        // through the view with ORDER BY it took about 150 µs for a 250-comment thread, this
        // about 50 µs (each timed in a loop of 200). The sort key is the score for "top", else the time in seconds.
        let key = sort == "top" ? "m.upvotes - m.downvotes + COALESCE(v.upvotes - v.downvotes, 0)" : "unixepoch(m.created_at)"
        let nodes = try Row.fetchCursor(forum.db.cachedStatement(sql: """
            SELECT m.id, m.parent_id, \(key) FROM (
                SELECT id, parent_id, created_at, upvotes, downvotes FROM seed_comments WHERE submission_id = ?1
                UNION ALL SELECT id, parent_id, created_at, upvotes, downvotes FROM main.new_comments WHERE submission_id = ?1) m
            LEFT JOIN temp.forum_vote_totals v ON v.kind = 'comment' AND v.target_id = m.id
            """), arguments: [submissionID]).map { row in (node: ThreadShape.Node(id: row[0], parentID: row[1] as Int? ?? 0), key: row[2] as Int) }
        let inOrder: ((node: ThreadShape.Node, key: Int), (node: ThreadShape.Node, key: Int)) -> Bool = switch sort {
        case "new": { ($0.key, $0.node.id) > ($1.key, $1.node.id) }
        case "old": { ($0.key, $0.node.id) < ($1.key, $1.node.id) }
        default: { ($0.key, -$0.node.id) > ($1.key, -$1.node.id) }
        }
        let thread = ThreadShape(try Array(nodes).sorted(by: inOrder).map(\.node))
        let top = root.map { [$0] } ?? thread.replies(to: 0)
        let pages = root == nil ? thread.pages(top, size: commentsPerPage) : [top.indices]
        guard page <= max(1, pages.count) else { return nil }
        let shown = pages.isEmpty ? [] : Array(top[pages[page - 1]])
        let ids = shown.flatMap(thread.subtree)
        let details = try Row.fetchCursor(forum.db.cachedStatement(sql: """
            SELECT c.id, c.user_id, c.body, c.created_at, c.edited_at, c.deleted, c.removed, c.upvotes - c.downvotes AS score, u.username
            FROM comments c JOIN forum_users u ON u.id = c.user_id WHERE c.submission_id = ? AND c.id IN (SELECT value FROM json_each(?))
            """), arguments: [submissionID, "[" + ids.map(String.init).joined(separator: ",") + "]"]).map { row in
            CommentTreeHTML.Comment(id: row[0], userID: row[1], body: row[2], created: row[3], edited: (row[4] as String?) != nil,
                                    deleted: (row[5] as Int) != 0, removed: (row[6] as Int) != 0, score: row[7], username: row[8])
        }
        let comments = Dictionary(uniqueKeysWithValues: try Array(details).map { ($0.id, $0) })
        var query: [String] = []
        if sort != commentSorts[0] { query.append("sort=\(sort)") }
        if page > 1 { query.append("page=\(page)") }
        var tree = CommentTreeHTML(
            base: forum.context.basePath, forumName: forumName, submissionID: submissionID, threadQuery: query.isEmpty ? "" : "?" + query.joined(separator: "&"),
            userID: forum.user?.id, locked: locked, moderator: moderator,
            votes: try SubmissionListing.userVotes(forum, kind: "comment", ids: ids), nowUnix: ForumTime.unix(forum.now))
        for id in shown { tree.write(id, comments: comments, replies: thread.replies) }
        return CommentPage(html: tree.html, page: page, pageCount: max(1, pages.count))
    }
}
