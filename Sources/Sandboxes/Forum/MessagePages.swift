import GRDB
import SandboxKit

/// Private messages between users: inbox, sent, one message, and composing (a reply quotes
/// the subject).
enum MessagePages {
    static let fields = ["to", "subject", "body"]

    static func list(_ forum: inout ForumRequest, sent: Bool) throws -> SandboxResponse {
        guard let user = forum.user else { return forum.signInRedirect(next: sent ? "/messages/sent" : "/messages") }
        let page = try forum.pageNumber()
        let rows = try Row.fetchAll(forum.db.cachedStatement(sql: """
            SELECT m.id, m.subject, m.sent_at, u.username AS other FROM private_messages m JOIN forum_users u ON u.id = \(sent ? "m.recipient_id" : "m.sender_id")
            WHERE \(sent ? "m.sender_id" : "m.recipient_id") = ? ORDER BY m.sent_at DESC, m.id DESC LIMIT ? OFFSET ?
            """), arguments: [user.id, ForumRequest.pageSize + 1, (page - 1) * ForumRequest.pageSize])
        if rows.isEmpty && page > 1 { return try forum.notFound("There is no page \(page) of your messages.") }
        let path = sent ? "/messages/sent" : "/messages"
        var pager: [String: Any] = ["page": page]
        if page > 1 { pager["previous"] = "\(path)?page=\(page - 1)" }
        if rows.count > ForumRequest.pageSize { pager["next"] = "\(path)?page=\(page + 1)" }
        let messages = rows.prefix(ForumRequest.pageSize).map {
            ["id": $0["id"] as Int, "subject": $0["subject"] as String, "other": $0["other"] as String,
             "age": ForumTime.ago($0["sent_at"], now: forum.now), "sent_at": $0["sent_at"] as String] as [String: Any]
        }
        return try forum.page("messages", title: sent ? "Sent messages" : "Inbox", [
            "messages": messages, "empty": messages.isEmpty, "sent": sent, "pager": pager, "heading": sent ? "Sent messages" : "Inbox",
        ])
    }

    static func show(_ forum: inout ForumRequest, id: String) throws -> SandboxResponse {
        guard let user = forum.user else { return forum.signInRedirect(next: "/messages/\(id)") }
        guard let messageID = Int(id), let row = try Row.fetchOne(forum.db.cachedStatement(sql: """
            SELECT m.*, s.username AS sender, r.username AS recipient FROM private_messages m
            JOIN forum_users s ON s.id = m.sender_id JOIN forum_users r ON r.id = m.recipient_id
            WHERE m.id = ? AND (m.sender_id = ? OR m.recipient_id = ?)
            """), arguments: [messageID, user.id, user.id])
        else { return try forum.notFound("That message is not in your inbox or sent messages.") }
        let subject: String = row["subject"]
        let other = (row["sender_id"] as Int) == user.id ? row["recipient"] as String : row["sender"] as String
        return try forum.page("message", title: subject, [
            "subject": subject, "body": row["body"] as String, "sender": row["sender"] as String, "recipient": row["recipient"] as String,
            "sent_at": row["sent_at"] as String, "age": ForumTime.ago(row["sent_at"], now: forum.now),
            "reply_href": "/messages/new?to=\(other)&re=\(messageID)",
        ])
    }

    static func compose(_ forum: inout ForumRequest, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let user = forum.user else { return forum.signInRedirect(next: "/messages/new") }
        var to = forum.request.isPost ? ForumInput.trimmed(forum.form, "to") : (forum.query["to"] ?? "")
        var subject = forum.request.isPost ? ForumInput.trimmed(forum.form, "subject") : ""
        let body = forum.request.isPost ? ForumInput.trimmed(forum.form, "body") : ""
        if !forum.request.isPost, let re = forum.query.nonEmpty("re") {
            guard let reID = Int(re), let row = try Row.fetchOne(forum.db.cachedStatement(sql: """
                SELECT m.subject, u.username FROM private_messages m JOIN forum_users u ON u.id = m.sender_id WHERE m.id = ? AND (m.sender_id = ? OR m.recipient_id = ?)
                """), arguments: [reID, user.id, user.id])
            else { return try forum.notFound("That message is not in your inbox or sent messages.") }
            let original: String = row["subject"]
            subject = original.hasPrefix("Re: ") ? original : "Re: " + original
            if to.isEmpty { to = row["username"] }
        }
        return try forum.page("compose", title: "New message", [
            "to": to, "subject": subject, "body": body, "errors": problems, "has_errors": !problems.isEmpty,
            "error_list": ForumInput.ordered(problems, fields: fields),
        ], status: status)
    }

    static func send(_ forum: inout ForumRequest) throws -> SandboxResponse {
        guard let user = forum.user else { return forum.signInRedirect(next: "/messages/new") }
        let to = ForumInput.trimmed(forum.form, "to")
        let subject = ForumInput.trimmed(forum.form, "subject")
        let body = ForumInput.trimmed(forum.form, "body")
        var problems: [String: String] = [:]
        let recipient = try Int.fetchOne(forum.db.cachedStatement(sql: "SELECT id FROM forum_users WHERE username = ?"), arguments: [to])
        if to.isEmpty { problems["to"] = "Enter the username to send to." }
        else if recipient == nil { problems["to"] = "There is no user called “\(to)”." }
        else if recipient == user.id { problems["to"] = "You cannot send a message to yourself." }
        if let error = ForumInput.required(subject, "a subject", max: 200) { problems["subject"] = error }
        if let error = ForumInput.required(body, "a message", max: 10_000) { problems["body"] = error }
        guard let recipient, problems.isEmpty else { return try compose(&forum, problems: problems, status: 422) }
        let id = (try Int.fetchOne(forum.db, sql: "SELECT MAX(id) + 1 FROM private_messages")) ?? 1
        try forum.db.execute(sql: "INSERT INTO private_messages VALUES (?, ?, ?, ?, ?, ?)", arguments: [id, user.id, recipient, subject, body, forum.now])
        try forum.setFlash("Message sent to \(to).")
        return forum.redirect("/messages/\(id)")
    }
}
