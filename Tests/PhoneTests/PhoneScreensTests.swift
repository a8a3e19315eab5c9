import Testing
import Vocabulary
@testable import Phone

/// The screens and actions of Contacts, Phone, Messages, Settings and Expenses that the
/// other suites leave out, played as an agent does: each action's effect on the tables.
@Suite struct PhoneScreensTests {
    @Test func aBluetoothDeviceIsRenamedDisconnectedAndForgotten() async throws {
        let phone = try await PhoneFixture.open("phone:/settings/bluetooth")
        let paired = try await phone.rows("SELECT id, name, connected FROM settings_bluetooth WHERE paired = 1 ORDER BY name LIMIT 1")
        guard case .integer(let id) = paired[0][0], case .text(let name) = paired[0][1], case .integer(let connected) = paired[0][2] else {
            throw PhoneTestError("no paired device")
        }
        try await phone.act("click [\(try await phone.id(of: name, role: "button"))]")
        #expect(await phone.location().contains("/settings/device?id=\(id)"))
        try await phone.act("clear [\(try await phone.id(of: "Device name"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Device name"))] [Kitchen speaker]")
        try await phone.act("click [\(try await phone.id(of: "Rename"))]")
        try await phone.act("click [\(try await phone.id(of: connected == 1 ? "Disconnect" : "Connect"))]")
        #expect(try await phone.rows("SELECT name, connected FROM settings_bluetooth WHERE id = \(id)")
                == [[.text("Kitchen speaker"), .integer(1 - connected)]])
        try await phone.act("click [\(try await phone.id(of: "Forget"))]")
        try await phone.act("click [\(try await phone.id(of: "Forget device"))]")
        #expect(try await phone.rows("SELECT paired FROM settings_bluetooth WHERE id = \(id)") == [[.integer(0)]])
    }

    @Test func anAppsNotificationsAndStorageAreManagedFromAppInfo() async throws {
        let phone = try await PhoneFixture.open("phone:/settings/apps")
        let before = try await phone.rows("SELECT notifications, storage_kb > 1024 FROM settings_apps WHERE app = 'mail'")
        #expect(before == [[.integer(1), .integer(1)]])
        try await phone.act("click [\(try await phone.id(of: "Mail", role: "button"))]")
        #expect(await phone.location().hasSuffix("/settings/app?app=mail"))
        try await phone.act("click [\(try await phone.id(of: "Notifications"))]")
        try await phone.act("click [\(try await phone.id(of: "Clear storage"))]")
        // The confirm dialog's Cancel keeps the data; Delete clears it.
        try await phone.act("click [\(try await phone.id(of: "Cancel"))]")
        #expect(try await phone.rows("SELECT notifications, storage_kb > 1024 FROM settings_apps WHERE app = 'mail'") == [[.integer(0), .integer(1)]])
        try await phone.act("click [\(try await phone.id(of: "Clear storage"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete"))]")
        #expect(try await phone.rows("SELECT storage_kb FROM settings_apps WHERE app = 'mail'") == [[.integer(1024)]])
        #expect(await phone.text().contains("'Storage cleared'"))
    }

    @Test func soundPickersAndSettingsSearch() async throws {
        let phone = try await PhoneFixture.open("phone:/settings")
        try await phone.act("click [\(try await phone.id(of: "Search settings"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Search settings", role: "textbox"))] [media]")
        try await phone.act("click [\(try await phone.id(of: "Media volume", role: "button"))]")
        #expect(await phone.location().hasSuffix("/settings/sound"))
        try await phone.act("click [\(try await phone.id(of: "Media volume"))]")
        try await phone.act("click [\(try await phone.id(of: "3", role: "button"))]")
        try await phone.act("click [\(try await phone.id(of: "Vibrate for calls"))]")
        #expect(try await phone.rows("SELECT key, value FROM settings WHERE key IN ('media_volume', 'vibrate_for_calls') ORDER BY key")
                == [[.text("media_volume"), .text("3")], [.text("vibrate_for_calls"), .text("0")]])
    }

    @Test func theDialersSearchCallsAContactAndTheLogIsDeletedOrCleared() async throws {
        let phone = try await PhoneFixture.open("phone:/dialer")
        let contact = try await phone.rows("SELECT first_name || ' ' || last_name, phone FROM contacts WHERE id = 3")
        guard case .text(let name) = contact[0][0], case .text(let number) = contact[0][1] else { throw PhoneTestError("no contact 3") }
        try await phone.act("click [\(try await phone.id(of: "Search contacts"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Search contacts"))] [\(name)]")
        try await phone.act("click [\(try await phone.id(of: name, role: "button"))]")
        #expect(try await phone.rows("SELECT number, contact_id, direction FROM dialer_calls ORDER BY id DESC LIMIT 1")
                == [[.text(number), .integer(3), .text("outgoing")]])
        try await phone.act("click [\(try await phone.id(of: "End call"))]")
        // Ending returns to the search (the keyboard hidden); Back closes it.
        #expect(await phone.location().hasSuffix("/dialer/search"))
        try await phone.act("navigate_back")
        #expect(await phone.location().hasSuffix("/dialer/recents"))
        // The newest call's details: More options, Delete removes that call only.
        try await phone.act("click [540,360]")
        try await phone.act("click [\(try await phone.id(of: "More options"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete", role: "button"))]")
        #expect(try await phone.rows("SELECT COUNT(*) FROM dialer_calls") == [[.integer(220)]])
        try await phone.act("click [\(try await phone.id(of: "More options"))]")
        try await phone.act("click [\(try await phone.id(of: "Clear call history"))]")
        try await phone.act("click [\(try await phone.id(of: "Clear"))]")
        #expect(try await phone.rows("SELECT COUNT(*) FROM dialer_calls") == [[.integer(0)]])
    }

    @Test func conversationsAreArchivedDeletedAndSearched() async throws {
        let phone = try await PhoneFixture.open("phone:/messages")
        let newest = try await phone.rows("""
            SELECT t.id, c.first_name || ' ' || c.last_name FROM messages_threads t JOIN contacts c ON c.id = t.contact_id
            JOIN messages m ON m.thread_id = t.id WHERE t.archived = 0 GROUP BY t.id ORDER BY max(m.sent_at) DESC, t.id DESC LIMIT 2
            """)
        guard case .integer(let first) = newest[0][0], case .text(let firstName) = newest[0][1],
              case .integer(let second) = newest[1][0], case .text(let secondName) = newest[1][1] else { throw PhoneTestError("no threads") }
        try await phone.act("long_press [\(try await phone.id(of: firstName, role: "button"))]")
        try await phone.act("click [\(try await phone.id(of: "Archive"))]")
        #expect(try await phone.rows("SELECT archived FROM messages_threads WHERE id = \(first)") == [[.integer(1)]])
        #expect(!(await phone.text().contains("'\(firstName)'")))
        try await phone.act("long_press [\(try await phone.id(of: secondName, role: "button"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete", role: "button"))]")
        #expect(try await phone.rows("SELECT COUNT(*) FROM messages WHERE thread_id = \(second)") == [[.integer(0)]])
        #expect(try await phone.rows("SELECT COUNT(*) FROM messages_threads WHERE id = \(second)") == [[.integer(0)]])
        let body = try await phone.rows("SELECT body FROM messages WHERE thread_id NOT IN (\(first), \(second)) ORDER BY id LIMIT 1")
        guard case .text(let text) = body[0][0] else { throw PhoneTestError("no message") }
        try await phone.act("click [\(try await phone.id(of: "Search messages"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Search messages"))] [\(text)]")
        #expect(await phone.text().contains(text))
    }

    @Test func expenseCategoriesShowBudgetsAndCounts() async throws {
        let phone = try await PhoneFixture.open("phone:/expenses")
        try await phone.act("click [\(try await phone.id(of: "More options"))]")
        try await phone.act("click [\(try await phone.id(of: "Categories"))]")
        #expect(await phone.location().contains("/expenses/categories"))
        let text = await phone.text()
        for name in ["Groceries", "Dining", "Transport", "Utilities"] { #expect(text.contains("'\(name)'"), "\(text)") }
        #expect(text.contains("$600.00"), "the groceries budget: \(text)")
    }

    @Test func aContactIsStarredAndEdited() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/detail?id=4")
        try await phone.act("click [\(try await phone.id(of: "Favourite"))]")
        try await phone.act("click [\(try await phone.id(of: "Edit contact"))]")
        try await phone.act("clear [\(try await phone.id(of: "Company"))]")
        try await phone.act("input_text [\(try await phone.id(of: "Company"))] [Harbor Labs]")
        try await phone.act("navigate_back")
        try await phone.act("click [\(try await phone.id(of: "Save"))]")
        #expect(try await phone.rows("SELECT starred, company FROM contacts WHERE id = 4") == [[.integer(1), .text("Harbor Labs")]])
        #expect(await phone.location().contains("/contacts/detail?id=4"))
    }
}
