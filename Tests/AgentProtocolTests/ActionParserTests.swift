import AgentProtocol
import Testing
import Vocabulary

@Suite struct ActionParserTests {
    @Test(arguments: [
        ("click [12]", Action.click(.id("12"))),
        ("  click [a170]  ", .click(.id("a170"))),
        ("click button 'Add to Cart'", .click(.named(role: "button", name: "Add to Cart"))),
        ("click 'Sneakers'", .click(.named(role: nil, name: "Sneakers"))),
        ("click link \"Men's shoes\"", .click(.named(role: "link", name: "Men's shoes"))),
        ("click link 'Men\\'s shoes'", .click(.named(role: "link", name: "Men's shoes"))),
        ("type [5] [red shoes] [0]", .type(.id("5"), text: "red shoes", pressEnter: false)),
        ("type [5] [red shoes]", .type(.id("5"), text: "red shoes", pressEnter: true)),
        ("type [5] [a [bracketed] text] [1]", .type(.id("5"), text: "a [bracketed] text", pressEnter: true)),
        ("type textbox 'Search' [boots]", .type(.named(role: "textbox", name: "Search"), text: "boots", pressEnter: true)),
        ("clear [3]", .clear(.id("3"))),
        ("select [9] [Price: low to high]", .select(.id("9"), option: "Price: low to high")),
        ("select 'Sort by' 'Price: low to high'", .select(.named(role: nil, name: "Sort by"), option: "Price: low to high")),
        ("check [4]", .check(.id("4"))), ("uncheck [4]", .uncheck(.id("4"))), ("hover [4]", .hover(.id("4"))),
        ("press [Control+a]", .press(key: "Control+a")),
        ("scroll [down]", .scroll(.down)), ("scroll [up]", .scroll(.up)),
        ("goto [http://shop.localhost/cart]", .goto(url: "http://shop.localhost/cart")),
        ("go_back", .goBack), ("go_forward", .goForward), ("new_tab", .newTab), ("close_tab", .closeTab),
        ("tab_focus [2]", .tabFocus(index: 2)),
        ("stop [$12.50]", .stop(Answer(status: .ok, value: .string("$12.50")))),
        ("stop", .stop(Answer(status: .ok))),
        ("stop []", .stop(Answer(status: .ok, value: .string("")))),
        ("stop [N/A]", .stop(Answer(status: .infeasible, value: .string("N/A")))),
        ("answer [not_found]", .stop(Answer(status: .notFound))),
        ("answer [ok] [42]", .stop(Answer(status: .ok, value: .int(42)))),
        ("answer [ok] [[\"a\",\"b\"]]", .stop(Answer(status: .ok, value: .array([.string("a"), .string("b")])))),
        ("answer [permission_denied] [admin only]", .stop(Answer(status: .permissionDenied, value: .string("admin only")))),
    ])
    func parsesWebActions(input: String, expected: Action) throws {
        #expect(try ActionParser.parse(input, space: .web) == expected)
    }

    @Test(arguments: [
        ("click [120,340]", Action.click(.point(x: 120, y: 340))),
        ("long_press [7]", .longPress(.id("7"))),
        ("input_text [hello]", .inputText(nil, text: "hello")),
        ("input_text [7] [hello]", .inputText(.id("7"), text: "hello")),
        ("scroll [left]", .scroll(.left)), ("swipe [up]", .swipe(.up)),
        ("navigate_back", .navigateBack), ("navigate_home", .navigateHome),
        ("open_app [Contacts]", .openApp(name: "Contacts")),
        ("wait", .wait(seconds: nil)), ("wait [1.5]", .wait(seconds: 1.5)),
    ])
    func parsesGUIActions(input: String, expected: Action) throws {
        #expect(try ActionParser.parse(input, space: .gui) == expected)
    }

    @Test func textGamesTakePlainCommands() throws {
        #expect(try ActionParser.parse("go north", space: .text) == .say("go north"))
        #expect(try ActionParser.parse("take key from table", space: .text) == .say("take key from table"))
        #expect(try ActionParser.parse("say [open door]", space: .text) == .say("open door"))
        #expect(try ActionParser.parse("say hello", space: .text) == .say("say hello"))
        #expect(try ActionParser.parse("stop [won]", space: .text) == .stop(Answer(status: .ok, value: .string("won"))))
        #expect(throws: ActionParseError.self) { try ActionParser.parse("   ", space: .text) }
    }

    @Test(arguments: [
        ("teleport [5]", ActionSpace.web, "unknown action 'teleport' (web actions: click, type, clear, select, check, uncheck, hover, press, scroll, goto, go_back, go_forward, new_tab, tab_focus, close_tab, stop, answer)"),
        ("", .web, "empty action"),
        ("click", .web, "click: missing target element"),
        ("click [12", .web, "click: unclosed '[' in the arguments"),
        ("click [12] extra", .web, "click: unexpected text 'extra' after the arguments"),
        ("type [5] [x] [2]", .web, "type: the last argument must be [0] or [1] (press Enter after typing), not [2]"),
        ("scroll [left]", .web, "scroll: direction must be one of [up], [down], not [left]"),
        ("click [10,20]", .web, "click: coordinates [10,20] are only accepted in gui episodes"),
        ("tab_focus [x]", .web, "tab_focus: the tab index must be a non-negative integer, not [x]"),
        ("swipe [up]", .web, "action 'swipe' belongs to gui episodes; this is a web episode (actions: click, type, clear, select, check, uncheck, hover, press, scroll, goto, go_back, go_forward, new_tab, tab_focus, close_tab, stop, answer)"),
        ("answer [maybe]", .web, "answer: unknown status [maybe] (statuses: ok, not_found, infeasible, permission_denied, action_not_allowed, data_validation)"),
        ("goto []", .web, "goto: the url is empty"),
        ("click [two words]", .web, "click: [two words] is not an element id (ids are shown as [id] in the observation)"),
        ("click button 'unclosed", .web, "click: unclosed quote ' in the arguments"),
        ("123", .web, "cannot read an action name at the start of '123'"),
    ])
    func rejectsMalformedActionsPrecisely(input: String, space: ActionSpace, message: String) {
        do {
            let action = try ActionParser.parse(input, space: space)
            Issue.record("parsed \(action)")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func canonicalFormParsesBack() throws {
        let actions: [Action] = [
            .click(.id("3")), .click(.named(role: "button", name: "It's \\ here")), .type(.id("2"), text: "a b", pressEnter: false),
            .select(.id("9"), option: "Large"), .press(key: "Enter"), .scroll(.down), .goto(url: "http://x.localhost/"),
            .tabFocus(index: 1), .stop(Answer(status: .ok, value: .string("done"))), .stop(Answer(status: .notFound)),
            .stop(Answer(status: .ok, value: .object([("price", .string("$1"))]))), .stop(Answer(status: .ok)),
        ]
        for action in actions {
            #expect(try ActionParser.parse(action.description, space: .web) == action, "\(action)")
        }
        let gui: [Action] = [.click(.point(x: 1.5, y: 2)), .inputText(.id("4"), text: "hi"), .wait(seconds: 2), .swipe(.left)]
        for action in gui {
            #expect(try ActionParser.parse(action.description, space: .gui) == action, "\(action)")
        }
    }

    @Test func parsesTheStructuredForm() throws {
        func parse(_ json: String, _ space: ActionSpace = .web) throws -> Action {
            try ActionParser.parse(structured: JSONParser.parse(json), space: space)
        }
        #expect(try parse(#"{"name":"click","target":"12"}"#) == .click(.id("12")))
        #expect(try parse(#"{"name":"click","target":12}"#) == .click(.id("12")))
        #expect(try parse(#"{"name":"click","target":{"role":"button","name":"Buy"}}"#) == .click(.named(role: "button", name: "Buy")))
        #expect(try parse(#"{"name":"type","target":"5","text":"shoes","press_enter":false}"#) == .type(.id("5"), text: "shoes", pressEnter: false))
        #expect(try parse(#"{"name":"answer","status":"not_found"}"#) == .stop(Answer(status: .notFound)))
        #expect(try parse(#"{"name":"stop","answer":{"total":3}}"#) == .stop(Answer(status: .ok, value: .object([("total", .int(3))]))))
        #expect(try parse(#"{"name":"stop","answer":"N/A"}"#) == .stop(Answer(status: .infeasible, value: .string("N/A"))))
        #expect(try parse(#"{"name":"click","x":10,"y":20}"#, .gui) == .click(.point(x: 10, y: 20)))
        #expect(try parse(#"{"name":"say","text":"open door"}"#, .text) == .say("open door"))
        #expect(throws: ActionParseError("click: unknown field 'targte' (fields: target, x, y)")) { try parse(#"{"name":"click","targte":"1"}"#) }
        #expect(throws: ActionParseError("a structured action needs a string field 'name'")) { try parse(#"{"target":"1"}"#) }
        #expect(throws: ActionParseError("type: field 'text' must be a string, not number")) { try parse(#"{"name":"type","target":"1","text":5}"#) }
    }

    /// The phone's additions to the gui space, in both forms; the web space keeps its own.
    @Test func guiActionsForThePhone() throws {
        #expect(try ActionParser.parse("keyboard_enter", space: .gui) == .keyboardEnter)
        #expect(try ActionParser.parse("ask_user [What time?]", space: .gui) == .askUser(question: "What time?"))
        #expect(try ActionParser.parse("scroll [12] [down]", space: .gui) == .scrollElement(.id("12"), .down))
        #expect(try ActionParser.parse("scroll [down]", space: .gui) == .scroll(.down))
        #expect(try ActionParser.parse("clear_text [4]", space: .gui) == .clear(.id("4")))
        #expect(Action.scrollElement(.id("12"), .down).description == "scroll [12] [down]")
        #expect(try ActionParser.parse(Action.askUser(question: "Why?").description, space: .gui) == .askUser(question: "Why?"))
        #expect(try ActionParser.parse(structured: .object([("name", .string("scroll")), ("direction", .string("up")), ("target", .string("7"))]), space: .gui)
                == .scrollElement(.id("7"), .up))
        #expect(try ActionParser.parse(structured: .object([("name", .string("ask_user")), ("question", .string("Which one?"))]), space: .gui)
                == .askUser(question: "Which one?"))
        #expect(throws: ActionParseError.self) { try ActionParser.parse("scroll [12] [down]", space: .web) }
        #expect(throws: ActionParseError.self) { try ActionParser.parse("ask_user []", space: .gui) }
        #expect(throws: ActionParseError.self) { try ActionParser.parse("keyboard_enter", space: .web) }
    }
}
