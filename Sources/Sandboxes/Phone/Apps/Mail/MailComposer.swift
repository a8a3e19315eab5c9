import Foundation
import GRDB

/// The compose screen (`compose?mode=new|reply|reply_all|forward|draft&id=…`): fields filled
/// from the mail answered, forwarded or drafted, then sent to Sent or kept in Drafts.
/// Recipients are addresses or contacts' names, which sending resolves to their addresses.
struct MailComposer {
    let ref: ScreenRef
    let db: Database

    private var mode: String { ref["mode"] ?? "new" }

    /// The fields' values before anything is typed.
    private func initial() throws -> [String: String] {
        guard let original = try MailStore.mail(ref.int("id"), db) else { return [:] }
        let me = SeedPerson.owner.email
        let quoted = "\n\nOn \(PhoneClock.date(original.sentAt)) \(PhoneClock.time(original.sentAt)), \(original.fromName) wrote:\n> "
            + original.body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n> ")
        switch mode {
        case "reply", "reply_all":
            var cc = ""
            if mode == "reply_all" {
                let others = (original.to + "," + original.cc).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                cc = others.filter { !$0.isEmpty && $0 != me && $0 != original.fromEmail }.joined(separator: ", ")
            }
            let to = original.fromEmail == me ? original.to : original.fromEmail
            return ["to": to, "cc": cc, "subject": Self.prefixed("Re: ", original.subject), "body": quoted]
        case "forward":
            let header = "\n\n---------- Forwarded message ----------\nFrom: \(original.fromName) <\(original.fromEmail)>\nDate: \(PhoneClock.date(original.sentAt)) \(PhoneClock.time(original.sentAt))\nSubject: \(original.subject)\nTo: \(original.to)\n\n"
            return ["to": "", "cc": "", "subject": Self.prefixed("Fwd: ", original.subject), "body": header + original.body]
        case "draft":
            return ["to": original.to, "cc": original.cc, "subject": original.subject, "body": original.body]
        default:
            return [:]
        }
    }

    private static func prefixed(_ prefix: String, _ subject: String) -> String {
        subject.lowercased().hasPrefix(prefix.lowercased()) ? subject : prefix + subject
    }

    func screen(_ context: ScreenContext) throws -> Screen {
        let initial = try initial()
        let title = ["reply": "Reply", "reply_all": "Reply all", "forward": "Forward", "draft": "Draft"][mode] ?? "Compose"
        return Screen(
            title: title,
            actions: [.icon("Send", id: "send", tap: .run(Command("send")))],
            body: [
                .text("From: \(SeedPerson.owner.name) <\(SeedPerson.owner.email)>", id: "from", style: .caption),
                .field(Field("to", hint: "To", value: context.value("to", initial["to"] ?? ""), kind: .email)),
                .field(Field("cc", hint: "Cc", value: context.value("cc", initial["cc"] ?? ""), kind: .email)),
                .field(Field("subject", hint: "Subject", value: context.value("subject", initial["subject"] ?? ""))),
                .field(Field("body", hint: "Compose email", value: context.value("body", initial["body"] ?? ""), kind: .multiline)),
                .hstack([
                    .button("Save draft", id: "save_draft", tap: .run(Command("save_draft"))),
                    .button("Send", id: "send_button", tap: .run(Command("send"))),
                ]),
            ],
            bodyID: "form")
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        var addresses: [String: String] = [:]
        for field in ["to", "cc"] {
            switch try resolve(context.field(field)) {
            case .success(let list): addresses[field] = list
            case .failure(let problem): return [.toast(problem.message)]
            }
        }
        let sending = command.name == "send"
        if sending, addresses["to", default: ""].isEmpty { return [.toast("Add at least one recipient")] }
        let original = try MailStore.mail(ref.int("id"), db)
        let owner = SeedPerson.owner
        let mail = Mail(
            id: 0, folderID: sending ? MailFolder.sent : MailFolder.drafts, fromName: owner.name, fromEmail: owner.email,
            to: addresses["to"] ?? "", cc: addresses["cc"] ?? "", subject: context.field("subject"), body: context.fields["body"] ?? "",
            sentAt: context.clock.now, isRead: true, isStarred: false,
            attachment: mode == "forward" ? original?.attachment ?? "" : "", kind: .personal, amountCents: nil,
            inReplyTo: mode == "draft" ? original?.inReplyTo : original?.id)
        if mode == "draft", let draft = original, draft.folderID == MailFolder.drafts {
            try db.execute(sql: """
                UPDATE mail_messages SET folder_id = ?, to_emails = ?, cc_emails = ?, subject = ?, body = ?, sent_at = ? WHERE id = ?
                """, arguments: [mail.folderID, mail.to, mail.cc, mail.subject, mail.body, mail.sentAt, draft.id])
        } else {
            _ = try MailStore.add(mail, into: db)
        }
        return [.back, .toast(sending ? "Sent" : "Draft saved")]
    }

    struct Problem: Error {
        let message: String
    }

    /// "Ana Silva, bob@x.example" → "ana.silva@example.com, bob@x.example": addresses kept,
    /// names looked up among the contacts (whole name, any case).
    private func resolve(_ text: String) throws -> Result<String, Problem> {
        var result: [String] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            if part.contains("@") {
                guard part.split(separator: "@").count == 2, !part.contains(" ") else { return .failure(Problem(message: "\(part) is not an email address")) }
                result.append(part)
                continue
            }
            let emails = try String.fetchAll(db, sql: """
                SELECT email FROM contacts WHERE lower(first_name || ' ' || last_name) = lower(?) AND email != '' ORDER BY id
                """, arguments: [part])
            guard let email = emails.first else { return .failure(Problem(message: "No contact named \(part) has an email address")) }
            result.append(email)
        }
        return .success(result.joined(separator: ", "))
    }
}
