import Foundation
import GRDB
import SandboxKit
import Vocabulary

/// Keyword search over submissions' titles and text, optionally within one forum: seeded
/// posts through FTS5 (ranked by bm25, the title weighing most), new and edited posts by
/// substring (every word must appear).
enum SearchPage {
    static let sorts = ["relevance", "new", "top"]

    static func show(_ forum: inout ForumRequest) throws -> SandboxResponse {
        let text = (forum.query["q"] ?? "").trimmingCharacters(in: .whitespaces)
        let sort = try forum.choice("sort", sorts)
        let page = try forum.pageNumber()
        let forumName = forum.query.nonEmpty("forum")
        var forumID: Int? = nil
        if let forumName {
            guard let id = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT id FROM forums WHERE name = ?"), arguments: [forumName]) else {
                return try forum.notFound("There is no forum called “\(forumName)”.")
            }
            forumID = id
        }
        var data: [String: Any] = [
            "search_query": text, "forum_name": forumName ?? "", "searched": !text.isEmpty,
            "sorts": sorts.map { ["value": $0, "label": $0.capitalized, "selected": $0 == sort] as [String: Any] },
        ]
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if !words.isEmpty {
            let match = words.map { "\"\($0)\"" }.joined(separator: " ")
            let likes = words.map { _ in "(s.title LIKE ? OR s.body LIKE ?)" }.joined(separator: " AND ")
            var filter = """
                ((s.id IN (SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH ?) AND s.edited_at IS NULL)
                OR ((s.id >= \(ForumSchema.firstNewID) OR s.edited_at IS NOT NULL) AND \(likes)))
                """
            var arguments: [any DatabaseValueConvertible & Sendable] = [match]
            for word in words { arguments += ["%\(word)%", "%\(word)%"] }
            if let forumID {
                filter += " AND s.forum_id = ?"
                arguments.append(forumID)
            }
            var listing = SubmissionListing(filter: filter, arguments: arguments, sort: sort)
            if sort == "relevance" { listing.relevance = match }
            let result = try listing.fetch(forum, page: page)
            if result.rows.isEmpty && page > 1 { return try forum.notFound("There is no page \(page) of these results.") }
            let extra = "&q=" + FormFields.encode(text) + (forumName.map { "&forum=" + FormFields.encode($0) } ?? "")
            var pager: [String: Any] = ["page": page]
            if page > 1 { pager["previous"] = "/search?sort=\(sort)\(extra)&page=\(page - 1)" }
            if result.hasNext { pager["next"] = "/search?sort=\(sort)\(extra)&page=\(page + 1)" }
            data["submissions"] = result.rows
            data["empty"] = result.rows.isEmpty
            data["pager"] = pager
        }
        return try forum.page("search", title: text.isEmpty ? "Search" : "Search: \(text)", data)
    }
}
