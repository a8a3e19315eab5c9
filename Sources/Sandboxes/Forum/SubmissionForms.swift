import GRDB
import SandboxKit

/// Posting a submission (link or text), editing it, and deleting it (its author only).
enum SubmissionForms {
    static let fields = ["forum", "title", "url", "body"]

    struct Input {
        var forum = "", title = "", url = "", body = ""

        init() {}

        init(form: ForumRequest) {
            forum = ForumInput.trimmed(form.form, "forum")
            title = ForumInput.trimmed(form.form, "title")
            url = ForumInput.trimmed(form.form, "url")
            body = ForumInput.trimmed(form.form, "body")
        }

        func problems() -> [String: String] {
            var problems: [String: String] = [:]
            if let error = ForumInput.required(title, "a title", max: 300) { problems["title"] = error }
            if url.isEmpty && body.isEmpty { problems["body"] = "Enter a link, some text, or both." }
            if !url.isEmpty, let error = ForumInput.link(url) { problems["url"] = error }
            if body.count > 20_000 { problems["body"] = "Keep the text under 20,000 characters." }
            return problems
        }

        func data(_ problems: [String: String]) -> [String: Any] {
            ["title": title, "url": url, "body": body, "errors": problems, "has_errors": !problems.isEmpty,
             "error_list": ForumInput.ordered(problems, fields: SubmissionForms.fields)]
        }
    }

    static func form(_ forum: inout ForumRequest, preselect: String?, input: Input? = nil, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard forum.user != nil else { return forum.signInRedirect(next: preselect.map { "/f/\($0)/submit" } ?? "/submit") }
        if let preselect, try ForumPages.sidebar(forum, name: preselect) == nil { return try forum.notFound("There is no forum called “\(preselect)”.") }
        let chosen = input?.forum ?? preselect ?? ""
        let forums = try Row.fetchAll(forum.db.cachedStatement(sql: "SELECT name, title FROM forums ORDER BY name")).map {
            ["name": $0["name"] as String, "title": $0["title"] as String, "selected": ($0["name"] as String).lowercased() == chosen.lowercased()] as [String: Any]
        }
        var data = (input ?? Input()).data(problems)
        data["forums"] = forums
        return try forum.page("submit", title: "Create a post", data, status: status)
    }

    static func submit(_ forum: inout ForumRequest) throws -> SandboxResponse {
        guard let user = forum.user else { return forum.signInRedirect(next: "/submit") }
        let input = Input(form: forum)
        var problems = input.problems()
        let target = try Row.fetchOne(forum.db.cachedStatement(sql: "SELECT id, name FROM forums WHERE name = ?"), arguments: [input.forum])
        if target == nil { problems["forum"] = "Choose a forum to post in." }
        if let target, try Bool.fetchOne(forum.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM forum_bans WHERE forum_id = ? AND user_id = ?)"), arguments: [target["id"] as Int, user.id]) == true {
            problems["forum"] = "You are banned from posting in \(target["name"] as String)."
        }
        guard let target, problems.isEmpty else { return try form(&forum, preselect: nil, input: input, problems: problems, status: 422) }
        let id = try nextID(forum.db, table: "new_submissions")
        // A post starts at one point, its author's own vote, as seeded posts do.
        try forum.db.execute(sql: "INSERT INTO new_submissions VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, NULL)", arguments: [
            id, target["id"] as Int, user.id, input.title, input.url, input.body, forum.now,
        ])
        try forum.setFlash("Your post was submitted.")
        return forum.redirect("/f/\(target["name"] as String)/\(id)")
    }

    static func nextID(_ db: Database, table: String) throws -> Int {
        max(ForumSchema.firstNewID, (try Int.fetchOne(db, sql: "SELECT MAX(id) + 1 FROM \(table)")) ?? 0)
    }

    static func edit(_ forum: inout ForumRequest, name: String, id: String) throws -> SandboxResponse {
        guard let thread = try ThreadPage.load(forum, name: name, id: id) else { return try forum.notFound("That submission does not exist.") }
        let path = thread.data["permalink"] as? String ?? "/"
        guard forum.user != nil else { return forum.signInRedirect(next: path + "/edit") }
        guard thread.data["is_mine"] as? Bool == true, thread.data["deleted"] as? Bool != true else { return try forum.forbidden("Only the author can edit this post.") }
        var input = Input()
        var problems: [String: String] = [:]
        if forum.request.isPost {
            input = Input(form: forum)
            problems = input.problems()
            if problems.isEmpty {
                try forum.db.execute(sql: """
                    INSERT INTO submission_changes (submission_id, title, url, body, edited_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (submission_id) DO UPDATE SET title = excluded.title, url = excluded.url, body = excluded.body, edited_at = excluded.edited_at
                    """, arguments: [thread.row["id"] as Int, input.title, input.url, input.body, forum.now])
                try forum.setFlash("Your post was updated.")
                return forum.redirect(path)
            }
        } else {
            input.title = thread.row["title"]
            input.url = thread.row["url"]
            input.body = thread.row["body"]
        }
        var data = input.data(problems)
        data["permalink"] = path
        data["forum"] = name
        return try forum.page("edit_submission", title: "Edit post", data, status: problems.isEmpty ? 200 : 422)
    }

    static func delete(_ forum: inout ForumRequest, name: String, id: String) throws -> SandboxResponse {
        guard let thread = try ThreadPage.load(forum, name: name, id: id) else { return try forum.notFound("That submission does not exist.") }
        guard forum.user != nil else { return forum.signInRedirect(next: thread.data["permalink"] as? String ?? "/") }
        guard thread.data["is_mine"] as? Bool == true else { return try forum.forbidden("Only the author can delete this post.") }
        try forum.db.execute(sql: """
            INSERT INTO submission_changes (submission_id, deleted_at) VALUES (?, ?)
            ON CONFLICT (submission_id) DO UPDATE SET deleted_at = excluded.deleted_at
            """, arguments: [thread.row["id"] as Int, forum.now])
        try forum.setFlash("Your post was deleted.")
        return forum.redirect("/f/\(name)")
    }
}
