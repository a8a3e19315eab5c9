import GRDB
import ObservationTree
import Testing
@testable import AgentProtocol
@testable import Phone

@Suite struct PhoneDeviceTests {
    @Test func theSameSeedGivesTheSameDataAndTheSameScreens() async throws {
        func build() throws -> [String] {
            let db = try DatabaseQueue()
            try db.write { try PhoneSandbox().buildInstanceState($0, seed: 7) }
            return try db.read { try String.fetchAll($0, sql: "SELECT first_name || ' ' || last_name || phone FROM contacts ORDER BY id") }
        }
        let first = try build()
        #expect(first.count >= 150)
        #expect(first == (try build()))

        func play() async throws -> [String] {
            let phone = try await PhoneFixture.open(seed: 7)
            var screens = [await phone.observation().xml ?? ""]
            for action in ["open_app [Contacts]", "scroll [down]", "click [540,900]", "navigate_back", "swipe [down]"] {
                try await phone.act(action)
                screens.append(await phone.observation().xml ?? "")
            }
            return screens
        }
        let a = try await play(), b = try await play()
        #expect(a == b)
        #expect(a[1] != a[0] && a[2] != a[1])
    }

    /// A step starts from the screen and state the last one left (`ScreenCache`) instead of
    /// loading them, and the session reads its tree from the laid-out screen instead of the
    /// XML: so what the device saves must load back as the same state, and the tree built
    /// from a screen must be the tree of its XML, through menus, dialogs, pickers, the
    /// keyboard, the shade, and typed text the XML cannot carry as given (a tab).
    @Test func theKeptScreenAndItsTreeAreTheOnesTheStoredStateAndTheXMLGive() async throws {
        let instance = try DatabaseQueue()
        try await instance.write { try PhoneSandbox().buildInstanceState($0, seed: 1) }
        let device = PhoneDevice(apps: PhoneApps.all)
        let faithful = try await instance.write { db -> Int in
            var screen = try device.render(db)
            var faithful = 0
            func at(_ label: String) throws -> (x: Double, y: Double) {
                guard let node = screen.nodes.last(where: { $0.contentDesc == label || $0.text == label || $0.resourceID.hasSuffix(":id/" + label) })
                else { throw PhoneTestError("no '\(label)' on \(screen.nodes.map(\.label))") }
                return (Double(node.bounds.center.x), Double(node.bounds.center.y))
            }
            let steps: [() throws -> DeviceOperation] = [
                { .launch("contacts") }, { let p = try at("contact"); return .tap(x: p.x, y: p.y) },
                { let p = try at("More options"); return .tap(x: p.x, y: p.y) }, { let p = try at("Delete"); return .tap(x: p.x, y: p.y) },
                { let p = try at("Cancel"); return .tap(x: p.x, y: p.y) }, { .back },
                { let p = try at("New contact"); return .tap(x: p.x, y: p.y) }, { let p = try at("first_name"); return .tap(x: p.x, y: p.y) },
                { .input("Zoe\tQuill", x: nil, y: nil) }, { .back }, { let p = try at("Birthday"); return .tap(x: p.x, y: p.y) },
                { .back }, { .clear(x: try at("first_name").x, y: try at("first_name").y) }, { .swipe(.down) }, { .back },
                { .scroll(.down, x: nil, y: nil) }, { .home }, { .ask("What is the PIN?", reply: "It's 4321.") },
            ]
            for step in steps {
                let operation = try step()
                let (_, state) = try device.apply(operation, db)
                #expect(try DeviceStore.load(db) == state, "\(operation)")
                screen = try device.render(db, state)
                let parsed = try ObservationTree.xml(UIAutomatorXML.write(screen))
                if let direct = UIAutomatorXML.tree(screen) {
                    #expect(direct == parsed, "\(operation)")
                    faithful += 1
                } else {
                    #expect(screen.nodes.contains { $0.text.contains("\t") }, "\(operation): no tree from the screen")
                }
            }
            return faithful
        }
        #expect(faithful >= 10)
    }

    @Test func theHomeScreenListsAppsAndOpensThem() async throws {
        let phone = try await PhoneFixture.open()
        let text = await phone.text()
        #expect(text.contains("'Contacts'"))
        #expect(text.contains("'All apps'"))
        #expect(await phone.location() == "http://phone.localhost:8080/launcher/home")
        #expect(try await phone.act("click [\(try await phone.id(of: "Contacts"))]") == nil)
        #expect(await phone.location() == "http://phone.localhost:8080/contacts/list")
        let xml = await phone.observation().xml ?? ""
        #expect(xml.hasPrefix("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\"><node index=\"0\""))
        #expect(xml.contains("resource-id=\"com.gauntlet.contacts:id/contact\""))
        #expect(xml.contains("package=\"com.gauntlet.contacts\""))
    }

    @Test func badActionsGetPreciseErrorsAndLeaveThePhoneUsable() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts")
        #expect(try await phone.act("click [2000,100]") == "(2000, 100) is outside the 1080×2400 screen")
        #expect(try await phone.act("open_app [Camera]")?.hasPrefix("no app named 'Camera' on this phone (apps: Calendar, Clock, Contacts") == true)
        let title = try await phone.id(of: "Contacts", role: "StaticText")
        #expect(try await phone.act("input_text [\(title)] [hello]") == "'Contacts' (TextView) is not a text field: only an EditText takes text")
        #expect(try await phone.act("input_text [hello]") == "no text field has focus: click a field first, or give the element to type into")
        #expect(try await phone.act("scroll [up]") == "the list is already at its top")
        #expect(try await phone.act("scroll [left]") == "nothing on this screen scrolls left")
        #expect(try await phone.act("click [99999]") == "no element [99999] on this screen")
        #expect(try await phone.act("keyboard_enter") == "the keyboard is not shown: no text field has focus")
        // Still usable: the list scrolls.
        #expect(try await phone.act("scroll [down]") == nil)
        // A screen that fits cannot scroll; a disabled button refuses.
        try await phone.act("click [\(try await phone.id(of: "New contact"))]")
        #expect(await phone.location() == "http://phone.localhost:8080/contacts/edit")
    }

    @Test func scrollingChangesWhatIsOnScreenAndBackReturns() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts")
        let first = await phone.text()
        let names = try await phone.rows("SELECT first_name || ' ' || last_name FROM contacts ORDER BY first_name, last_name, id")
        guard case .text(let last) = names.last?.first else { throw PhoneTestError("no contacts") }
        #expect(!first.contains("'\(last)'"))
        var steps = 0
        while try await phone.act("scroll [down]") == nil { steps += 1 }
        #expect(steps > 10)
        #expect(await phone.text().contains("'\(last)'"))
        #expect(try await phone.act("scroll [down]") == "the list is already at its bottom")
        // Open a contact, back to the list where it was scrolled.
        let row = try await phone.id(of: last, role: "button")
        try await phone.act("click [\(row)]")
        #expect(await phone.location().contains("/contacts/detail?id="))
        #expect(await phone.text().contains("'\(last)'"))
        try await phone.act("navigate_back")
        #expect(await phone.location().hasSuffix("/contacts/list"))
        #expect(await phone.text().contains("'\(last)'"))
        try await phone.act("navigate_back")
        #expect(await phone.location().hasSuffix("/launcher/home"))
        // Leaving by back starts the app afresh next time.
        try await phone.act("open_app [contacts]")
        #expect(await phone.location().hasSuffix("/contacts/list"))
        #expect(!(await phone.text().contains("'\(last)'")))
    }

    @Test func addingAContactWritesItAndShowsIt() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/edit")
        try await phone.act("input_text [\(try await phone.id(of: "First name"))] [Zoe]")
        #expect(await phone.text().contains("focused"))
        try await phone.act("input_text [\(try await phone.id(of: "Last name"))] [Quill]")
        try await phone.act("input_text [\(try await phone.id(of: "Phone"))] [+1 555-000-1234]")
        // The keyboard covers the Save button; back hides it.
        #expect((try? await phone.id(of: "Save")) == nil)
        try await phone.act("navigate_back")
        try await phone.act("click [\(try await phone.id(of: "Save"))]")
        let rows = try await phone.rows("SELECT first_name, last_name, phone FROM contacts WHERE first_name = 'Zoe'")
        #expect(rows == [[.text("Zoe"), .text("Quill"), .text("+1 555-000-1234")]])
        #expect(await phone.location().contains("/contacts/detail?id=161"))
        #expect(await phone.text().contains("'Contact saved'"))
        try await phone.act("wait")
        #expect(!(await phone.text().contains("'Contact saved'")))
    }

    @Test func deletingAsksFirstAndCancelKeepsTheContact() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/detail?id=3")
        try await phone.act("click [\(try await phone.id(of: "More options"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete"))]")
        #expect(await phone.text().contains("'Delete contact?'"))
        try await phone.act("click [\(try await phone.id(of: "Cancel"))]")
        #expect(try await phone.rows("SELECT COUNT(*) FROM contacts WHERE id = 3") == [[.integer(1)]])
        try await phone.act("click [\(try await phone.id(of: "More options"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete"))]")
        try await phone.act("click [\(try await phone.id(of: "Delete", role: "button"))]")
        #expect(try await phone.rows("SELECT COUNT(*) FROM contacts WHERE id = 3") == [[.integer(0)]])
        #expect(await phone.location().hasSuffix("/contacts/list"))
    }

    @Test func searchFiltersAsYouType() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/search")
        let names = try await phone.rows("SELECT first_name FROM contacts WHERE id = 5")
        guard case .text(let name) = names.first?.first else { throw PhoneTestError("no contact 5") }
        try await phone.act("input_text [\(try await phone.id(of: "Search contacts"))] [\(name)]")
        let text = await phone.text()
        #expect(text.contains(name))
        #expect(text.contains("Keyboard"))
        try await phone.act("navigate_back")
        #expect(!(await phone.text().contains("Keyboard")))
        #expect(await phone.location().hasSuffix("/contacts/search"))
    }

    @Test func snapshotAndRestoreCarryTheScreenAndTheData() async throws {
        let phone = try await PhoneFixture.open("phone:/contacts/detail?id=4")
        try await phone.act("click [\(try await phone.id(of: "Favourite"))]")
        let copyID = try await phone.host.forkInstance(phone.id)
        var instance = phone.instance
        instance.id = copyID
        let copy = try await PhoneWorld().restore(await phone.session.snapshot(), on: instance)
        #expect(await copy.observation() == (await phone.observation()))
        try await phone.act("navigate_back")
        #expect(await copy.location.contains("detail?id=4"))
        #expect(try await copy.perform(.navigateHome) == nil)
        #expect(await copy.location.hasSuffix("/launcher/home"))
        #expect(await phone.location().hasSuffix("/contacts/list"))
    }
}
