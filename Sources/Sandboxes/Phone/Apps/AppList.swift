/// Every app on the phone, one line each, in seeding order (an app may read the tables
/// of the apps above it). The launcher lists them by label.
enum PhoneApps {
    static let all: [any PhoneApp] = [
        ContactsApp(),
        DialerApp(),
        MessagesApp(),
        SettingsApp(),
        CalendarApp(),
        MailApp(),
        ExpensesApp(),
        NotesApp(),
        FilesApp(),
        ClockApp(),
    ]
}
