import Testing
import Vocabulary
@testable import Phone

/// The six apps on the device as an agent plays them: uiautomator screens, scrolling long
/// lists, clicks, and byte-identical screens for the same seed.
@Suite struct AppsOnThePhoneTests {
    @Test func theInboxScrollsToItsOldestMail() async throws {
        let phone = try await PhoneFixture.open("phone:/mail")
        let oldest = try await phone.rows("SELECT from_name FROM mail_messages WHERE folder_id = 1 ORDER BY sent_at, id LIMIT 1")
        guard case .text(let sender) = oldest.first?.first else { throw PhoneTestError("no inbox") }
        let first = await phone.text()
        #expect(first.contains("Inbox"))
        var steps = 0
        while try await phone.act("scroll [down]") == nil { steps += 1 }
        #expect(steps > 20)
        #expect(await phone.text() != first)
        #expect(await phone.text().contains(sender))
        #expect(try await phone.act("scroll [down]") == "the list is already at its bottom")
    }

    @Test func theSameSeedGivesByteIdenticalScreens() async throws {
        func screens() async throws -> [String] {
            var xml: [String] = []
            for start in ["phone:/mail", "phone:/calendar", "phone:/clock", "phone:/notes", "phone:/files", "phone:/expenses"] {
                let phone = try await PhoneFixture.open(start, seed: 3)
                xml.append(await phone.observation().xml ?? "")
            }
            return xml
        }
        let first = try await screens()
        #expect(first.allSatisfy { $0.contains("com.gauntlet.") })
        #expect(first == (try await screens()))
    }

    @Test func anAlarmIsSwitchedOnByClickingItsSwitch() async throws {
        let phone = try await PhoneFixture.open("phone:/clock")
        let airport = try await phone.id(of: "05:00 Airport")
        try await phone.act("click [\(airport)]")
        #expect(try await phone.rows("SELECT enabled FROM clock_alarms WHERE label = 'Airport'") == [[.integer(1)]])
    }
}
