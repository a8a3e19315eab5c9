import Foundation
import Testing
@testable import ObservationTree

@Suite struct RendererTests {
    @Test func textLinesAreIdRoleNameProperties() {
        let tree = ObservationTree.html(#"<h2>Deals</h2><input aria-label="Search" value="red shoes" autofocus required>"#)
        let lines = tree.text().split(separator: "\n")
        let heading = tree.nodes[1]
        let field = tree.nodes[2]
        #expect(lines[1] == "  [\(heading.id)] heading 'Deals' level=2")
        #expect(lines[2] == "  [\(field.id)] textbox 'Search' value='red shoes' required focused")
    }

    @Test func aBudgetCutsWithAMarkerAndPagingShowsTheRest() {
        let html = (0..<100).map { "<p>line \($0)</p>" }.joined()
        let tree = ObservationTree.html(html)
        let renderer = TextRenderer(budget: .init(characters: 10_000, nodes: 40))
        let first = renderer.renderWindow(tree)
        #expect(first.window.shownNodes == 40)
        #expect(first.window.hasMoreBelow)
        #expect(first.text.hasSuffix("… \(tree.nodes.count - 40) more nodes below: scroll down to see them"))
        let second = renderer.renderWindow(tree, firstNode: 40)
        #expect(second.text.hasPrefix("… 40 nodes above: scroll up to see them"))
        #expect(second.text.contains("'line 19'"))  // node 40 is line 19's text (paragraph + text per line)
        let characterCut = TextRenderer(budget: .init(characters: 300, nodes: .max)).renderWindow(tree)
        let body = characterCut.text.split(separator: "\n").filter { $0.contains("[") }.joined(separator: "\n")
        #expect(body.utf8.count <= 300)
        #expect(characterCut.window.hasMoreBelow)
    }

    @Test func markerLinesNeverLookLikeNodes() {
        let tree = ObservationTree.html((0..<50).map { "<p>\($0)</p>" }.joined())
        let text = TextRenderer(budget: .init(characters: 200, nodes: 10)).render(tree, firstNode: 5)
        for line in text.split(separator: "\n") where line.hasPrefix("…") {
            #expect(!line.contains("["))
        }
    }

    @Test func jsonCarriesEveryPropertyAndNestsChildren() throws {
        let tree = ObservationTree.html("""
            <title>Cart</title><form method=post action=/cart><input type=checkbox name=gift aria-label=Gift checked required>
            <a href="/checkout">Checkout "now"</a><h3>Sum</h3></form>
            """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(tree.json.utf8)) as? [String: Any])
        #expect(object["role"] as? String == "RootWebArea")
        #expect(object["name"] as? String == "Cart")
        let form = try #require((object["children"] as? [[String: Any]])?.first)
        #expect(form["role"] as? String == "form")
        #expect((form["attributes"] as? [String: String])?["action"] == "/cart")
        let children = try #require(form["children"] as? [[String: Any]])
        #expect(children.count == 3)
        #expect(children[0]["states"] as? [String] == ["checked", "required"])
        #expect(children[0]["form"] as? String == form["id"] as? String)
        #expect(children[1]["name"] as? String == "Checkout \"now\"")
        #expect(children[1]["href"] as? String == "/checkout")
        #expect(children[2]["level"] as? Int == 3)
    }

    @Test func diffReportsAddedRemovedAndChangedByStableId() {
        let before = ObservationTree.html(#"<input name=q aria-label=Search value="shoe"><p>Old notice</p><a href=/a>A</a>"#)
        let after = ObservationTree.html(#"<input name=q aria-label=Search value="boot"><a href=/a>A</a><a href=/b>B</a>"#)
        let diff = TreeDiff(from: before, to: after)
        #expect(diff.added.map(\.name) == ["B"])
        #expect(diff.removed.map(\.role) == [.paragraph, .staticText])
        #expect(diff.changed.map { $0.after.value } == ["boot"])
        let box = after.nodes.first { $0.name == "Search" }!
        #expect(diff.text.contains("~ [\(box.id)] textbox 'Search' value='boot'"))
        #expect(TreeDiff(from: after, to: after).isEmpty)
        // A removed subtree prints as its root; an added one indented under its root.
        let paragraph = diff.removed[0].id
        let list = ObservationTree.html(#"<a href=/a>A</a><ul><li>One</li><li>Two</li></ul>"#)
        let text = TreeDiff(from: before, to: list).text.split(separator: "\n").map(String.init)
        #expect(text.contains("- [\(paragraph)] paragraph (and 1 inside)"), "\(text)")
        #expect(!text.contains { $0.contains("'Old notice'") }, "\(text)")
        let added = text.filter { $0.hasPrefix("+ ") }
        #expect(added.first?.hasPrefix("+ [") == true && added.first?.contains("] list") == true, "\(added)")
        #expect(added.dropFirst().allSatisfy { $0.hasPrefix("+   ") }, "\(added)")
    }
}
