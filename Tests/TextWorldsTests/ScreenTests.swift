import CLibXML2
import SandboxKit
import Testing
@testable import TextWorlds
import Vocabulary

/// One element of a parsed screen.
struct ScreenElement {
    var tag: String
    var attributes: [String: String]
    var depth: Int
}

/// Parses XML with libxml2 (the parser the observation tree uses), strictly: no
/// recovery, so a malformed screen fails.
func parseScreen(_ xml: String) -> [ScreenElement]? {
    let bytes = Array(xml.utf8)
    let doc = bytes.withUnsafeBufferPointer { buf in
        buf.baseAddress.map { base in
            base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), "screen.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        } ?? nil
    }
    guard let doc else { return nil }
    defer { xmlFreeDoc(doc) }
    var out: [ScreenElement] = []
    func walk(_ node: xmlNodePtr?, _ depth: Int) {
        var n = node
        while let cur = n {
            if cur.pointee.type == XML_ELEMENT_NODE {
                var attrs: [String: String] = [:]
                var a = cur.pointee.properties
                while let attr = a {
                    let key = String(cString: attr.pointee.name)
                    if let value = xmlGetProp(cur, attr.pointee.name) {
                        attrs[key] = String(cString: value)
                        gauntlet_xml_free(value)
                    }
                    a = attr.pointee.next
                }
                out.append(ScreenElement(tag: String(cString: cur.pointee.name), attributes: attrs, depth: depth))
                walk(cur.pointee.children, depth + 1)
            }
            n = cur.pointee.next
        }
    }
    walk(xmlDocGetRootElement(doc), 0)
    return out
}

@Suite struct ScreenTests {
    static let roles: Set<String> = ["main", "heading", "paragraph", "list", "listitem", "status", "listbox", "option", "link"]

    func check(_ w: World, sourceLocation: SourceLocation = #_sourceLocation) {
        let xml = w.screenXML()
        guard let elements = parseScreen(xml) else {
            Issue.record("screen is not well-formed XML:\n\(xml)", sourceLocation: sourceLocation)
            return
        }
        for e in elements {
            #expect(e.attributes["role"].map { Self.roles.contains($0) } == true, "\(e.tag) role", sourceLocation: sourceLocation)
            #expect(e.attributes["name"] != nil, "\(e.tag) has no name", sourceLocation: sourceLocation)
        }
        let options = elements.filter { $0.attributes["role"] == "option" }.compactMap { $0.attributes["name"] }
        #expect(options == w.admissibleCommandTexts(), sourceLocation: sourceLocation)
        #expect(elements.first { $0.tag == "goal" }?.attributes["name"] == w.layout.goalText, sourceLocation: sourceLocation)
        #expect(elements.first { $0.tag == "feedback" }?.attributes["name"] == w.lastFeedback.text, sourceLocation: sourceLocation)
        #expect(elements.first?.attributes["value"] == CommandVocabulary.version, sourceLocation: sourceLocation)
        let text = w.renderText()
        #expect(text.contains("Goal: \(w.layout.goalText)"), sourceLocation: sourceLocation)
        #expect(text.contains("> \(w.lastFeedback.text)"), sourceLocation: sourceLocation)
    }

    @Test func screensParseThroughoutRandomPlay() throws {
        for family in Family.allCases {
            for seed in UInt64(1)...4 {
                var w = try TaskGenerator.generate(family, seed: seed, split: .test).world
                var rng = SeededGenerator(seed: seed, stream: "screens")
                check(w)
                for _ in 0..<25 {
                    guard let c = rng.pick(w.admissibleCommands()) else { break }
                    w.apply(c)
                    check(w)
                }
                w.apply("take the \"<odd> & 'name'\"")
                check(w)
            }
        }
    }

    @Test func householdScreenShowsStatesAndPlaces() throws {
        var w = Fixtures.household()
        w.run(["go to countertop 1", "take apple 1 from countertop 1", "go to microwave 1", "open microwave 1", "heat apple 1 with microwave 1"])
        guard let elements = parseScreen(w.screenXML()) else {
            Issue.record("not XML")
            return
        }
        let microwave = elements.first { $0.attributes["name"] == "microwave 1" }
        #expect(microwave?.attributes["state"] == "open")
        #expect(microwave?.attributes["value"] == "receptacle, you are here")
        let inventory = elements.drop { $0.tag != "inventory" }.dropFirst().prefix { $0.depth > 1 }
        #expect(inventory.map { $0.attributes["name"] } == ["apple 1"])
        #expect(inventory.first?.attributes["state"] == "hot")
        #expect(elements.first { $0.tag == "location" }?.attributes["name"] == "At the microwave 1")
        let text = w.renderText()
        #expect(text.hasPrefix("== At the microwave 1 ==\nYou are at the microwave 1. The microwave 1 is open."))
        #expect(text.contains("You are carrying: an apple 1 (hot)"))
        #expect(text.contains("move apple 1 to microwave 1"))
    }

    @Test func failureReasonIsOnTheScreen() {
        var w = Fixtures.exploration()
        w.apply("go north")
        guard let elements = parseScreen(w.screenXML()) else {
            Issue.record("not XML")
            return
        }
        let feedback = elements.first { $0.tag == "feedback" }
        #expect(feedback?.attributes["value"] == "noExit")
        #expect(feedback?.attributes["name"]?.contains("no exit that way") == true)
        let exits = elements.filter { $0.tag == "exit" }
        #expect(exits.map { $0.attributes["name"] } == ["east"])
        #expect(exits.first?.attributes["value"] == "hall")
    }

    @Test func escapingCoversMarkup() {
        #expect(World.escape("a<b>&\"c'\nd") == "a&lt;b&gt;&amp;&quot;c&apos;&#10;d")
        #expect(World.escape("plain") == "plain")
        #expect(World.escape("a\u{1}b\tc\u{FFFF}") == "a\u{FFFD}b&#9;c\u{FFFD}")
    }
}

@Suite struct AdmissibleCommandTests {
    /// Every listed command works, in every state random play reaches.
    @Test func everyAdmissibleCommandSucceeds() throws {
        for family in Family.allCases {
            for seed in UInt64(1)...6 {
                let knobs = Knobs(lockedContainers: 1)
                var w = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs).world
                var rng = SeededGenerator(seed: seed, stream: "admissible")
                for _ in 0..<40 {
                    let options = w.admissibleCommands()
                    for c in options {
                        var copy = w
                        let f = copy.apply(c)
                        #expect(f.ok, "\(family) \(seed): \(w.text(of: c)) -> \(f.text)")
                        // The text form parses back to the same command.
                        var viaText = w
                        viaText.apply(w.text(of: c))
                        #expect(viaText.state == copy.state, "\(w.text(of: c)) parses differently")
                    }
                    guard let c = rng.pick(options) else { break }
                    w.apply(c)
                    if w.isWon { break }
                }
            }
        }
    }

    @Test func listsAreSortedAndFree() throws {
        let w = try TaskGenerator.generate(.household, seed: 4, split: .train).world
        let texts = w.admissibleCommandTexts()
        #expect(texts == texts.sorted())
        #expect(Set(texts).count == texts.count)
        #expect(!texts.contains("declare infeasible"))
    }
}


@Suite struct AdmissibleCompletenessTests {
    /// Every command an agent could type.
    static func allCommands(_ w: World) -> [Command] {
        let n = w.layout.entities.count
        var out: [Command] = Direction.allCases.map { .go($0) }
        out += w.layout.rooms.indices.map { .goRoom($0) }
        for a in 0..<n {
            out += [.goTo(a), .open(a), .close(a), .take(a, from: -1), .drop(a), .use(a)]
            for b in 0..<n {
                out += [.take(a, from: b), .move(a, to: b), .heat(a, with: b), .cool(a, with: b),
                        .clean(a, with: b), .slice(a, with: b), .unlock(a, with: b)]
            }
        }
        return out
    }

    /// Whatever any command can change, some admissible command changes the same
    /// way: the planner, which searches admissible commands, misses no move.
    @Test func admissibleCommandsReachEveryNextState() throws {
        var checked = 0
        var tried = 0
        for family in [Family.household, .exploration] {
            for seed in UInt64(1)...3 {
                var w = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: Knobs(distractors: 2, rooms: 3, containers: 1, lockedContainers: 1)).world
                var rng = Vocabulary.SeededGenerator(seed: seed, stream: "completeness")
                for _ in 0..<8 {
                    var viaAdmissible: Set<WorldState> = []
                    for c in w.admissibleCommands() {
                        var copy = w
                        if copy.apply(c).ok { viaAdmissible.insert(copy.state) }
                    }
                    for c in Self.allCommands(w) {
                        var copy = w
                        tried += 1
                        if copy.apply(c).ok && copy.state != w.state {
                            checked += 1
                            #expect(viaAdmissible.contains(copy.state), "\(family) \(seed): \(w.text(of: c)) is not covered")
                        }
                    }
                    guard let c = rng.pick(w.admissibleCommands()) else { break }
                    w.apply(c)
                    if w.isWon { break }
                }
            }
        }
        #expect(tried > 10_000)
        #expect(checked > 50)
    }
}
