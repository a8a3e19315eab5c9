import GRDB

/// Creates and fills the tables of Mail, Calendar, Clock, Notes, Files and Expenses for one
/// seed, after the phone's contacts exist. Their data hangs together: charges give bill and
/// receipt mails and the expenses logged from them, the dentist appointment is confirmed by
/// mail, the Download folder holds recent mail attachments.
struct AppsSeed {
    let seed: UInt64
    let now: CivilTime
    let owner: SeedPerson
    let contacts: [SeedPerson]

    func build(_ db: Database) throws {
        for schema in [MailStore.schema, CalendarStore.schema, ClockStore.schema, NoteStore.schema, FileStore.schema, ExpenseStore.schema] {
            try db.execute(sql: schema)
        }
        let charges = Charge.generate(seed: seed, now: now)
        let calendar = CalendarSeed(seed: seed, now: now, contacts: contacts).generate()
        let mail = MailSeed(seed: seed, now: now, owner: owner, contacts: contacts).generate(charges: charges, appointments: calendar.appointments)
        let expenses = ExpenseSeed(seed: seed, now: now).generate(charges: charges, mailOfCharge: mail.mailOfCharge)
        let attachments = mail.mails.filter { !$0.attachment.isEmpty && $0.folderID != MailFolder.sent }.map(\.attachment)
        try MailStore.insert(folders: MailFolder.seeded, mails: mail.mails, into: db)
        try CalendarStore.insert(calendar.events, into: db)
        try ClockStore.insert(alarms: Alarm.seeded, timers: ClockTimer.seeded, into: db)
        try NoteStore.insert(folders: NoteFolder.seeded, notes: NoteSeed(seed: seed, now: now, contacts: contacts).generate(), into: db)
        try FileStore.insert(FileSeed(seed: seed, now: now).generate(attachments: attachments), into: db)
        try ExpenseStore.insert(categories: ExpenseCategory.seeded, expenses: expenses, into: db)
    }
}
