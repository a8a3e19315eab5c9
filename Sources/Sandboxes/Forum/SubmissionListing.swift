import GRDB
import SandboxKit

/// Lists submissions for the front page, a forum, a user's history or a search, sorted by
/// hot, new, top (over a period) or most comments, one page at a time.
struct SubmissionListing {
    static let sorts = ["hot", "new", "top", "comments"]
    static let periods = ["all", "day", "week", "month", "year"]

    /// Reddit's hot rank: the order of magnitude of the net score plus age in 12.5-hour steps.
    static let hot = "(CASE WHEN s.upvotes > s.downvotes THEN 1 WHEN s.upvotes < s.downvotes THEN -1 ELSE 0 END) * log10(max(abs(s.upvotes - s.downvotes), 1)) + (unixepoch(s.created_at) - 1134028003) / 45000.0"

    var filter: String
    var arguments: [any DatabaseValueConvertible & Sendable]
    var sort = "hot"
    var period = "all"
    /// Moderator-pinned posts first (only on a forum's own page).
    var stickyFirst = false
    /// An FTS5 query: with sort `relevance`, seeded matches rank by bm25 (title ×10), then newest.
    var relevance: String? = nil

    struct Page {
        let rows: [[String: Any]]
        let hasNext: Bool
    }

    func fetch(_ forum: ForumRequest, page: Int) throws -> Page {
        var conditions = ["NOT s.deleted", "NOT s.removed", filter]
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        var ranking = ""
        if sort == "relevance", let relevance {
            ranking = "LEFT JOIN (SELECT rowid AS rid, bm25(submissions_fts, 10.0, 1.0) AS rank FROM submissions_fts WHERE submissions_fts MATCH ?) r ON r.rid = s.id"
            arguments.append(relevance)
        }
        arguments += self.arguments
        if sort == "top", let start = ForumTime.periodStart(period, now: forum.now) {
            conditions.append("s.created_at >= ?")
            arguments.append(start)
        }
        let order: String
        switch sort {
        case "new": order = "s.created_at DESC, s.id DESC"
        case "top": order = "s.upvotes - s.downvotes DESC, s.id DESC"
        case "comments": order = "comment_count DESC, s.id DESC"
        case "relevance" where relevance != nil: order = "COALESCE(r.rank, 0), s.created_at DESC, s.id DESC"
        default: order = "\(Self.hot) DESC, s.id DESC"
        }
        let sql = """
            SELECT s.id, s.title, s.url, s.body, s.created_at, s.edited_at, s.locked, s.sticky, s.user_id, s.upvotes - s.downvotes AS score,
                f.name AS forum, u.username, \(ForumSchema.commentCount(of: "s.id")) AS comment_count
            FROM submissions s JOIN forums f ON f.id = s.forum_id JOIN forum_users u ON u.id = s.user_id \(ranking)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(stickyFirst ? "s.sticky DESC, " : "")\(order) LIMIT ? OFFSET ?
            """
        arguments.append(ForumRequest.pageSize + 1)
        arguments.append((page - 1) * ForumRequest.pageSize)
        // Cached: preparing a statement runs GRDB's authorizer over every column it reads,
        // which was a sixth of a listing request. The SQL varies only with sort and filter.
        let rows = try Row.fetchAll(forum.db.cachedStatement(sql: sql), arguments: StatementArguments(arguments.map { $0 as DatabaseValueConvertible }))
        let votes = try Self.userVotes(forum, kind: "submission", ids: rows.prefix(ForumRequest.pageSize).map { $0["id"] as Int })
        return Page(rows: rows.prefix(ForumRequest.pageSize).enumerated().map { index, row in
            var data = Self.rowData(row, forum: forum, vote: votes[row["id"] as Int] ?? 0)
            data["rank"] = (page - 1) * ForumRequest.pageSize + index + 1
            return data
        }, hasNext: rows.count > ForumRequest.pageSize)
    }

    /// The signed-in user's votes on the given targets, by id.
    static func userVotes(_ forum: ForumRequest, kind: String, ids: [Int]) throws -> [Int: Int] {
        guard let user = forum.user, !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var votes: [Int: Int] = [:]
        let rows = try Row.fetchAll(forum.db.cachedStatement(sql: "SELECT target_id, value FROM votes WHERE user_id = ? AND kind = ? AND target_id IN (\(marks))"),
                                    arguments: StatementArguments([user.id, kind] + ids.map { $0 as DatabaseValueConvertible }))
        for row in rows { votes[row["target_id"]] = row["value"] }
        return votes
    }

    /// Template data for one submission row (listing or thread head).
    static func rowData(_ row: Row, forum: ForumRequest, vote: Int) -> [String: Any] {
        let url: String = row["url"]
        let id: Int = row["id"]
        let name: String = row["forum"]
        var domain = url
        if let range = url.range(of: "://") { domain = String(url[range.upperBound...].prefix { $0 != "/" }) }
        let created: String = row["created_at"]
        let commentCount: Int = row["comment_count"]
        return [
            "id": id, "title": row["title"] as String, "url": forum.context.siteLink(url), "is_link": !url.isEmpty, "domain": domain, "body": row["body"] as String,
            "forum": name, "username": row["username"] as String, "score": row["score"] as Int,
            "comment_count": commentCount, "comments_label": commentCount == 1 ? "1 comment" : "\(commentCount) comments",
            "created_at": created, "age": ForumTime.ago(created, now: forum.now), "edited": (row["edited_at"] as String?) != nil,
            "locked": (row["locked"] as Int) != 0, "sticky": (row["sticky"] as Int) != 0,
            "permalink": "/f/\(name)/\(id)", "kind": "submission", "next": "/f/\(name)/\(id)", "upvoted": vote == 1, "downvoted": vote == -1,
            "is_mine": forum.user?.id == (row["user_id"] as Int), "signed_in": forum.user != nil,
        ]
    }

    /// Sort and period choices for the sort menu, with the current one marked.
    static func sortLinks(path: String, sort: String, period: String, extra: String = "") -> [String: Any] {
        [
            "sorts": sorts.map { ["value": $0, "label": $0 == "comments" ? "Most comments" : $0.capitalized, "current": $0 == sort, "href": "\(path)?sort=\($0)\(extra)"] as [String: Any] },
            "periods": periods.map { ["value": $0, "label": $0 == "all" ? "All time" : "Past \($0)", "current": $0 == period, "href": "\(path)?sort=top&t=\($0)\(extra)"] as [String: Any] },
            "is_top": sort == "top",
        ]
    }
}
