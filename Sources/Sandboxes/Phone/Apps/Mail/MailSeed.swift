import Vocabulary

/// The seeded mailbox: mail from contacts (personal and work), the owner's sent mail and
/// replies, newsletters, a bill or receipt for every `Charge`, and a confirmation for every
/// booked appointment. Received, sent and bill mail take ids in time order (1 is the oldest);
/// the owner's replies and drafts follow.
struct MailSeed {
    let seed: AppSeed
    let now: CivilTime
    let owner: SeedPerson
    let contacts: [SeedPerson]

    /// Days of history the mailbox holds (bills and receipts go back a year).
    static let historyDays = 270

    struct Result: Sendable {
        let mails: [Mail]
        /// The mail of each charge, by charge id.
        let mailOfCharge: [Int: Int]
    }

    /// - Parameter appointments: booked visits to merchants (the dentist), each confirmed by mail a few days before.
    func generate(charges: [Charge], appointments: [(merchant: Merchant, at: CivilTime)]) -> Result {
        var rng = seed.generator("messages")
        var drafts: [(draft: Draft, chargeID: Int?)] = []
        let people = contacts.isEmpty ? [owner] : contacts
        let workers = Array(people.prefix(max(1, people.count / 3)))
        func someTime() -> CivilTime {
            let at = now.adding(days: -Int.random(in: 0..<Self.historyDays, using: &rng)).startOfDay
                .adding(hours: Int.random(in: 7...22, using: &rng), minutes: Int.random(in: 0...59, using: &rng))
            // History lies before the clock: a time later today moves to yesterday.
            return at < now ? at : at.adding(days: -1)
        }
        func fill(_ text: String, sender: SeedPerson, place: String, day: String, topic: String) -> String {
            text.replacing("{first}", with: sender.firstName).replacing("{me}", with: owner.firstName)
                .replacing("{place}", with: place).replacing("{day}", with: day).replacing("{topic}", with: topic)
        }
        func received(_ kind: Mail.Kind, _ templates: [MailText.Template], from pool: [SeedPerson]) -> Draft {
            let sender = rng.pick(pool) ?? owner
            let template = rng.pick(templates) ?? templates[0]
            let place = rng.pick(MailText.places) ?? "", day = rng.pick(MailText.days) ?? "", topic = rng.pick(MailText.topics) ?? ""
            var cc = ""
            if kind == .work, rng.chance(0.3), let other = rng.pick(workers), other != sender { cc = other.email }
            return Draft(folder: MailFolder.inbox, fromName: sender.name, fromEmail: sender.email, to: owner.email, cc: cc,
                         subject: fill(template.subject, sender: sender, place: place, day: day, topic: topic),
                         body: fill(template.body, sender: sender, place: place, day: day, topic: topic),
                         at: someTime(), kind: kind, attachment: kind == .work && rng.chance(0.25) ? topic.replacing(" ", with: "-") + ".pdf" : "")
        }
        for _ in 0..<120 { drafts.append((received(.personal, MailText.personal, from: people), nil)) }
        for _ in 0..<80 { drafts.append((received(.work, MailText.work, from: workers), nil)) }
        for _ in 0..<45 {
            let sender = rng.pick(MailText.newsletters) ?? MailText.newsletters[0]
            let subject = rng.pick(sender.subjects) ?? ""
            drafts.append((Draft(folder: MailFolder.inbox, fromName: sender.name, fromEmail: sender.email, to: owner.email, cc: "",
                                 subject: subject, body: "\(subject)\n\nRead this issue online, or unsubscribe in your settings.\n\n\(sender.name)",
                                 at: someTime(), kind: .newsletter, attachment: ""), nil))
        }
        for _ in 0..<45 {
            let recipient = rng.pick(people) ?? owner
            let template = rng.pick(MailText.sent) ?? MailText.sent[0]
            let place = rng.pick(MailText.places) ?? "", day = rng.pick(MailText.days) ?? "", topic = rng.pick(MailText.topics) ?? ""
            drafts.append((Draft(folder: MailFolder.sent, fromName: owner.name, fromEmail: owner.email, to: recipient.email, cc: "",
                                 subject: fill(template.subject, sender: recipient, place: place, day: day, topic: topic),
                                 body: fill(template.body, sender: recipient, place: place, day: day, topic: topic),
                                 at: someTime(), kind: .personal, attachment: ""), nil))
        }
        for charge in charges {
            drafts.append((Self.bill(charge, owner: owner), charge.id))
        }
        for appointment in appointments {
            let merchant = appointment.merchant
            let at = appointment.at
            drafts.append((Draft(
                folder: MailFolder.inbox, fromName: merchant.name, fromEmail: merchant.email, to: owner.email, cc: "",
                subject: "Appointment confirmed: \(at.dayTitle) at \(at.timeText)",
                body: "Hello \(owner.firstName),\n\nThis confirms your appointment at \(merchant.name) on \(at.dayTitle), \(at.year) at \(at.timeText).\n\nAddress: \(merchant.address)\n\nPlease arrive 10 minutes early. To reschedule, reply to this mail.\n\n\(merchant.name)",
                at: min(at.adding(days: -5).startOfDay.adding(hours: 9, minutes: 15), now.adding(minutes: -90)), kind: .notice, attachment: ""), nil))
        }
        // Time order, ties in the order drafted.
        let ordered = drafts.enumerated().sorted { ($0.element.draft.at, $0.offset) < ($1.element.draft.at, $1.offset) }.map(\.element)
        var mails: [Mail] = []
        var mailOfCharge: [Int: Int] = [:]
        for (index, entry) in ordered.enumerated() {
            let draft = entry.draft
            let id = index + 1
            if let charge = entry.chargeID { mailOfCharge[charge] = id }
            let age = now.dayNumber - draft.at.dayNumber
            var folder = draft.folder
            if folder == MailFolder.inbox {
                switch draft.kind {
                case .receipt where draft.fromEmail.contains("skyway") || draft.fromEmail.contains("lakeside"): folder = MailFolder.travel
                case .invoice, .receipt: if rng.chance(0.35) { folder = MailFolder.receipts }
                case .newsletter: if age > 30, rng.chance(0.3) { folder = MailFolder.trash }
                case .personal, .work: if age > 90, rng.chance(0.35) { folder = MailFolder.archive }
                case .notice: break
                }
            }
            let read = folder != MailFolder.inbox || age > 3 || rng.chance(0.4)
            mails.append(Mail(
                id: id, folderID: folder, fromName: draft.fromName, fromEmail: draft.fromEmail, to: draft.to, cc: draft.cc,
                subject: draft.subject, body: draft.body, sentAt: draft.at.seconds, isRead: read,
                isStarred: draft.kind != .newsletter && rng.chance(0.07), attachment: draft.attachment, kind: draft.kind,
                amountCents: entry.chargeID.flatMap { id in charges.first { $0.id == id }?.cents }, inReplyTo: nil))
        }
        mails += replies(to: mails, rng: &rng)
        mails += Self.drafts(after: mails.count, owner: owner, people: people, now: now, rng: &rng)
        return Result(mails: mails, mailOfCharge: mailOfCharge)
    }

    private struct Draft {
        let folder: Int
        let fromName, fromEmail, to, cc, subject, body: String
        let at: CivilTime
        let kind: Mail.Kind
        let attachment: String
    }

    /// The bill or receipt mail of one charge.
    private static func bill(_ charge: Charge, owner: SeedPerson) -> Draft {
        let merchant = charge.merchant
        let amount = Money.dollars(charge.cents)
        if let due = charge.due {
            return Draft(
                folder: MailFolder.inbox, fromName: merchant.name, fromEmail: merchant.email, to: owner.email, cc: "",
                subject: "Your \(merchant.name) invoice \(charge.reference)",
                body: "Hello \(owner.firstName),\n\nYour invoice \(charge.reference) for \(CivilTime.monthNames[charge.at.month - 1]) \(charge.at.year) is ready.\n\nAmount due: \(amount)\nDue date: \(due.dateText)\n\nThe amount will be charged to your card on file on the due date.\n\n\(merchant.name)\n\(merchant.address)",
                at: charge.at, kind: .invoice, attachment: "\(charge.reference).pdf")
        }
        return Draft(
            folder: MailFolder.inbox, fromName: merchant.name, fromEmail: merchant.email, to: owner.email, cc: "",
            subject: "Your receipt from \(merchant.name)",
            body: "Thank you for your purchase, \(owner.firstName).\n\nReceipt \(charge.reference)\nDate: \(charge.at.dateText) \(charge.at.timeText)\nTotal: \(amount)\nPaid with: Visa ending in 4242\n\n\(merchant.name)\n\(merchant.address)",
            at: charge.at, kind: .receipt, attachment: "")
    }

    /// The owner's answers to some personal and work mail, an hour or two after each.
    private func replies(to mails: [Mail], rng: inout SeededGenerator) -> [Mail] {
        var result: [Mail] = []
        for mail in mails where (mail.kind == .personal || mail.kind == .work) && mail.fromEmail != owner.email && rng.chance(0.12) {
            let at = CivilTime(seconds: mail.sentAt).adding(hours: Int.random(in: 1...5, using: &rng))
            guard at < now else { continue }
            let first = String(mail.fromName.split(separator: " ").first ?? "")
            result.append(Mail(
                id: mails.count + result.count + 1, folderID: MailFolder.sent, fromName: owner.name, fromEmail: owner.email,
                to: mail.fromEmail, cc: "", subject: "Re: " + mail.subject,
                body: "Hi \(first),\n\n\(rng.pick(["Sounds good, count me in.", "Thanks for this, I'll take a look.", "Great, see you then.", "Sorry, I can't make it this time."]) ?? "")\n\n\(owner.firstName)\n\n> " + mail.body.replacing("\n", with: "\n> "),
                sentAt: at.seconds, isRead: true, isStarred: false, attachment: "", kind: mail.kind, amountCents: nil, inReplyTo: mail.id))
        }
        return result
    }

    /// A few unfinished mails in Drafts.
    private static func drafts(after count: Int, owner: SeedPerson, people: [SeedPerson], now: CivilTime, rng: inout SeededGenerator) -> [Mail] {
        let openings = ["Hi {first}, about next week", "Quick update", "Ideas for the trip", "Draft: thank-you note", "Notes for {first}"]
        return openings.enumerated().map { index, subject in
            let person = rng.pick(people) ?? owner
            return Mail(
                id: count + index + 1, folderID: MailFolder.drafts, fromName: owner.name, fromEmail: owner.email, to: person.email, cc: "",
                subject: subject.replacing("{first}", with: person.firstName), body: "Hi \(person.firstName),\n\n",
                sentAt: now.adding(days: -Int.random(in: 1...20, using: &rng), hours: -Int.random(in: 0...3, using: &rng), minutes: -Int.random(in: 0...59, using: &rng)).seconds,
                isRead: true, isStarred: false, attachment: "", kind: .personal, amountCents: nil, inReplyTo: nil)
        }
    }
}
