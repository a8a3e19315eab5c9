import Foundation
@testable import ObservationTree
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

/// Whatever arrives, the answer is a well-formed tree or a clear error.
@Suite struct BadInputTests {
    /// Structural invariants every tree must satisfy.
    static func checkInvariants(_ tree: ObservationTree, _ label: String) {
        #expect(!tree.nodes.isEmpty, "\(label): no root")
        #expect(tree.nodes.first?.parent == -1, "\(label): root has a parent")
        #expect(tree.nodes.first?.subtreeEnd == tree.nodes.count, "\(label): root does not span the tree")
        var ids = Set<String>()
        for (index, node) in tree.nodes.enumerated() {
            #expect(ids.insert(node.id).inserted, "\(label): duplicate id \(node.id)")
            #expect(node.subtreeEnd > index && node.subtreeEnd <= tree.nodes.count, "\(label): bad subtree end at \(index)")
            if index > 0 {
                #expect(node.parent >= 0 && node.parent < index, "\(label): bad parent at \(index)")
                let parent = tree.nodes[node.parent]
                #expect(node.depth == parent.depth + 1, "\(label): bad depth at \(index)")
                #expect(parent.subtreeEnd >= node.subtreeEnd, "\(label): child outlives parent at \(index)")
            }
        }
        _ = tree.text()
        _ = tree.json
    }

    @Test func emptyInputIsAnEmptyPage() {
        let tree = ObservationTree.html("")
        #expect(tree.nodes.count == 1)
        #expect(tree.root?.role == .rootWebArea)
    }

    @Test func binaryGarbage() {
        var random = SeededGenerator(seed: 99)
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        Self.checkInvariants(ObservationTree.html(bytes), "garbage")
        #expect(throws: ObservationError.self) { try ObservationTree.xml(bytes) }
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        var bytes = Array("<p>caf".utf8)
        bytes += [0xC3, 0x28, 0xFF, 0x00]
        bytes += Array(" ok</p>".utf8)
        let tree = ObservationTree.html(bytes)
        #expect(tree.text(showIDs: false).contains("StaticText 'caf\u{FFFD}(\u{FFFD}\u{FFFD} ok'"))
    }

    @Test func unclosedTagsAreRecovered() {
        // libxml2 recovers without HTML5's adoption agency: the link swallows the rest.
        // What matters is that no text is lost and the tree is sound.
        let tree = ObservationTree.html("<ul><li><a href=/a>one<li>two<div><p>three")
        let text = tree.text(showIDs: false)
        #expect(text.contains("link 'one two three'"))
        #expect(tree.nodes.contains { $0.role == .list })
        Self.checkInvariants(tree, "unclosed")
    }

    @Test func tenThousandLevelsOfNesting() async {
        // Run on the cooperative pool, whose threads have small stacks: nothing may recurse.
        let html = String(repeating: "<div><span>", count: 10_000) + "deep" + String(repeating: "</span></div>", count: 10_000)
        let tree = await Task.detached { ObservationTree.html(html) }.value
        #expect(tree.text(showIDs: false).contains("StaticText 'deep'"))
        Self.checkInvariants(tree, "nested")
        let nestedLists = String(repeating: "<ul><li>", count: 10_000) + "x"
        let lists = await Task.detached { ObservationTree.html(nestedLists) }.value
        Self.checkInvariants(lists, "nested lists")
        #expect(lists.nodes.map(\.depth).max()! <= ArenaBuilder.maxDepth + 1)
        let xml = String(repeating: "<g role=\"group\">", count: 10_000) + String(repeating: "</g>", count: 10_000)
        let result = await Task.detached { try? ObservationTree.xml(xml) }.value
        if let result { Self.checkInvariants(result, "nested xml") }
    }

    @Test func attributesOfSeveralMegabytes() {
        let huge = String(repeating: "A", count: 5_000_000)
        let tree = ObservationTree.html("<a href=\"/\(huge)\" aria-label=\"\(huge)\" class=\"\(huge)\">x</a>")
        let link = tree.nodes.first { $0.role == .link }
        #expect(link?.name.count == TextLimits.standard.name)
        Self.checkInvariants(tree, "huge attributes")
    }

    /// Mutates valid pages at random (bounded, seeded) and checks every result.
    /// The reader remembers names by the address libxml2 interns them at; a page with
    /// far more distinct names than that memory holds must still read every known one.
    @Test func hundredsOfDistinctUnknownNames() {
        let page = (0..<600).map { k in
            #"<x-widget\#(k) data-k\#(k)="\#(k)"><BUTTON Aria-Label="B\#(k)" data-z\#(k)>ignored</BUTTON></x-widget\#(k)>"#
        }.joined()
        let tree = ObservationTree.html(page)
        let buttons = tree.nodes.filter { $0.role == .button }
        #expect(buttons.count == 600)
        #expect(buttons.map(\.name) == (0..<600).map { "B\($0)" })
        Self.checkInvariants(tree, "distinct names")
    }

    @Test func randomMutationsOfValidPages() throws {
        let pages = try Self.seedPages()
        var random = SeededGenerator(seed: 2026)
        let fragments = ["<", ">", "</", "<div>", "</p>", "\"", "'", "=", "&amp;", "&#", "<!--", "-->", "<script>",
                         "<![CDATA[", "\u{0}", "\u{FFFF}", "<table>", "<select>", "hidden", "aria-labelledby=\"a b\""]
        for round in 0..<300 {
            var bytes = Array(pages[round % pages.count].utf8)
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let position = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.insert(contentsOf: Array(random.pick(fragments)!.utf8), at: position)
                case 1: if position < bytes.count { bytes.remove(at: position) }
                case 2: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
                default:
                    let length = Int.random(in: 0...200, using: &random)
                    let start = Int.random(in: 0...bytes.count, using: &random)
                    let slice = bytes[start..<min(bytes.count, start + length)]
                    bytes.insert(contentsOf: slice, at: position)
                }
            }
            Self.checkInvariants(ObservationTree.html(bytes), "mutation \(round)")
            if let tree = try? ObservationTree.xml(bytes) { Self.checkInvariants(tree, "xml mutation \(round)") }
        }
    }

    static func seedPages() throws -> [String] {
        let examples = URL(fileURLWithPath: Checkout.path("examples"))
        var pages = [XMLScreenTests.settings, StableIDTests.page]
        for name in ["pages/shop-product.html", "screens/settings.xml"] {
            pages.append(try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8))
        }
        return pages
    }
}
