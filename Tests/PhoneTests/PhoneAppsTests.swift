import Foundation
import Worlds
import Testing
import Vocabulary
@testable import AgentProtocol
@testable import Phone

/// Every screen and action of Contacts, Phone, Messages and Settings, played as an agent does.
@Suite struct PhoneAppsTests {
    @Test func aBirthdayIsPickedWithTheDatePicker() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/edit?id=2")
        try await phone.act("click [\(try await phone.id(of: "Birthday"))]")
        #expect(await phone.text().contains("'Previous month'"))
        try await phone.act("click [\(try await phone.id(of: "Next month"))]")
        // Days show their number; the description names the date.
        #expect((await phone.observation().xml ?? "").contains("content-desc=\"14 July 2026\""))
        try await phone.act("click [\(try await phone.id(of: "14", role: "button"))]")
        try await phone.act("click [\(try await phone.id(of: "OK"))]")
        #expect(await phone.text().contains("2026-07-14"))
        try await phone.act("click [\(try await phone.id(of: "Save"))]")
        #expect(try await phone.rows("SELECT birthday FROM contacts WHERE id = 2") == [[.text("2026-07-14")]])
    }

    @Test func theDialerPlacesAndEndsACallAndKeepsTheLog() async throws {
        let phone = try await PhoneFixture.open("phone:/dialer")
        let before = try await phone.rows("SELECT COUNT(*) FROM dialer_calls")
        #expect(before == [[.integer(220)]])
        try await phone.act("click [\(try await phone.id(of: "Keypad"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Phone number"))] [+1 555-222-3333]")
        try await phone.act("keyboard_enter")
        #expect(await phone.location().contains("/dialer/call?id=221"))
        try await phone.act("wait [30]")
        try await phone.act("click [\(try await phone.id(of: "End call"))]")
        let call = try await phone.rows("SELECT number, direction, duration_s FROM dialer_calls WHERE id = 221")
        #expect(call == [[.text("+1 555-222-3333"), .text("outgoing"), .integer(40)]])
        #expect(await phone.location().hasSuffix("/dialer/recents"))
        // The newest call is first; its details offer a message, which opens Messages.
        try await phone.act("click [540,360]")
        #expect(await phone.location().contains("/dialer/detail?id=221"))
        try await phone.act("click [\(try await phone.id(of: "Message"))]")
        #expect(await phone.location().contains("/messages/new?to="))
        #expect(await phone.text().contains("+1 555-222-3333"))
    }

    @Test func aMessageIsSentToAContactByName() async throws {
        let phone = try await PhoneFixture.open("phone:/messages/new")
        let people = try await phone.rows("SELECT first_name || ' ' || last_name, phone FROM contacts WHERE id = 9")
        guard case .text(let name) = people[0][0], case .text(let number) = people[0][1] else { throw PhoneTestError("no contact 9") }
        try await phone.act("input_text [\(try await phone.id(of: "To"))] [\(name.prefix(4))]")
        try await phone.act("click [\(try await phone.id(of: name, role: "button"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Text message"))] [See you at 7]")
        try await phone.act("click [\(try await phone.id(of: "Send"))]")
        let sent = try await phone.rows("""
            SELECT t.address, m.body, m.direction FROM messages m JOIN messages_threads t ON t.id = m.thread_id ORDER BY m.id DESC LIMIT 1
            """)
        #expect(sent == [[.text(number), .text("See you at 7"), .text("out")]])
        #expect(await phone.location().contains("/messages/thread?id="))
        // The conversation opens at its end, where the new message is.
        #expect(await phone.text().contains("'See you at 7'"))
        // A reply in the thread clears the box.
        try await phone.act("input_text [\(try await phone.id(of: "Text message"))] [Bring the keys]")
        try await phone.act("click [\(try await phone.id(of: "Send"))]")
        #expect(await phone.text().contains("'Bring the keys'"))
        #expect(!(await phone.text().contains("value='Bring the keys'")))
    }

    @Test func unreadThreadsAreNotificationsAndOpeningOneReadsIt() async throws {
        let phone = try await PhoneFixture.open()
        let unread = try await phone.rows("SELECT COUNT(*) FROM messages WHERE read = 0")
        #expect(unread != [[.integer(0)]])
        #expect(try await phone.act("swipe [down]") == nil)
        let text = await phone.text()
        #expect(text.contains("'Clear all'"))
        try await phone.act("click [540,370]")
        #expect(await phone.location().contains("/messages/thread?id="))
        let left = try await phone.rows("SELECT COUNT(*) FROM phone_notifications")
        guard case .integer(let l) = left[0][0], case .integer(let u) = unread[0][0] else { throw PhoneTestError("no counts") }
        #expect(l == u - 1)
    }

    @Test func settingsTogglePickConnectAndPair() async throws {
        let phone = try await PhoneFixture.open("phone:/settings")
        try await phone.act("click [\(try await phone.id(of: "Display", role: "button"))]")
        try await phone.act("click [\(try await phone.id(of: "Dark theme"))]")
        try await phone.act("click [\(try await phone.id(of: "Screen timeout"))]")
        try await phone.act("click [\(try await phone.id(of: "5 minutes"))]")
        #expect(try await phone.rows("SELECT key, value FROM settings WHERE key IN ('dark_theme', 'screen_timeout') ORDER BY key")
                == [[.text("dark_theme"), .text("1")], [.text("screen_timeout"), .text("5 minutes")]])
        try await phone.act("navigate_back")
        try await phone.act("click [\(try await phone.id(of: "Network & internet"))]")
        let target = try await phone.rows("SELECT ssid, password FROM settings_wifi WHERE id = 5")
        guard case .text(let ssid) = target[0][0], case .text(let password) = target[0][1] else { throw PhoneTestError("no network 5") }
        while (try? await phone.id(of: ssid, role: "button")) == nil { try #require(try await phone.act("scroll [down]") == nil) }
        try await phone.act("click [\(try await phone.id(of: ssid, role: "button"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Password"))] [wrong]")
        try await phone.act("click [\(try await phone.id(of: "Connect"))]")
        #expect(await phone.text().contains("'Incorrect password'"))
        try await phone.act("clear [\(try await phone.id(of: "Password"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Password"))] [\(password)]")
        try await phone.act("click [\(try await phone.id(of: "Connect"))]")
        #expect(try await phone.rows("SELECT id FROM settings_wifi WHERE connected = 1") == [[.integer(5)]])
        try await phone.act("navigate_home")
        try await phone.act("open_app [settings]")
        #expect(await phone.location().hasSuffix("/settings/wifi"))
        try await phone.act("navigate_back")
        try await phone.act("click [\(try await phone.id(of: "Connected devices"))]")
        try await phone.act("click [\(try await phone.id(of: "Pair new device"))]")
        let device = try await phone.rows("SELECT name FROM settings_bluetooth WHERE paired = 0 ORDER BY name LIMIT 1")
        guard case .text(let name) = device[0][0] else { throw PhoneTestError("no unpaired device") }
        try await phone.act("click [\(try await phone.id(of: name, role: "button"))]")
        #expect(try await phone.rows("SELECT paired FROM settings_bluetooth WHERE name = '\(name)'") == [[.integer(1)]])
        #expect(await phone.text().contains("'Paired with \(name)'"))
    }

    @Test func askUserAnswersByIntentAndRecordsTheQuestion() async throws {
        let (host, _) = try await PhoneFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["phone"], seed: 1)
        let user = ScriptedUser(intents: [.init(keywords: ["what", "time"], reply: "Seven thirty")])
        let instance = WorldInstance(id: id, origins: ["phone": PhoneFixture.origin], host: host, user: user)
        let phone = Handset(host: host, id: id, instance: instance, session: try await PhoneWorld().open("phone:/", on: instance))
        #expect(try await phone.act("ask_user [What TIME should the alarm ring?]") == nil)
        #expect(await phone.text().contains("'Seven thirty'"))
        try await phone.act("click [\(try await phone.id(of: "OK"))]")
        try await phone.act("ask_user [Who is my dentist?]")
        #expect(await phone.text().contains("\(ScriptedUser.unknownReply)"))
        #expect(try await phone.rows("SELECT question, reply FROM phone_questions ORDER BY id") == [
            [.text("What TIME should the alarm ring?"), .text("Seven thirty")],
            [.text("Who is my dentist?"), .text("I don't know")],
        ])
    }

    @Test func theHTMLPhoneShowsTheScreenTheXMLShows() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts")
        let xml = await phone.observation().xml ?? ""
        let response = await phone.host.respond(method: "GET", authority: "phone.localhost:8080", path: "/", rawQuery: "", instanceID: phone.id, body: "")
        let html = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 200)
        // Every named node of the XML is on the page, at its bounds.
        let tree = try await phone.tree()
        for node in tree.nodes where !node.name.isEmpty && node.bounds != nil {
            #expect(html.contains(node.name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")))
        }
        #expect(html.contains("<form method=\"post\""))
        #expect(!html.contains("<script"))
        // A person's tap posts the same operation and comes back to the page.
        let tap = await phone.host.respond(method: "POST", authority: "phone.localhost:8080", path: "/act", rawQuery: "view=html",
                                           instanceID: phone.id, body: "op=tap&x=540&y=700")
        #expect(tap.status == 303)
        let after = await phone.host.respond(method: "GET", authority: "phone.localhost:8080", path: "/screen.xml", rawQuery: "", instanceID: phone.id, body: "")
        #expect(String(decoding: after.body, as: UTF8.self) != xml)
    }
}
