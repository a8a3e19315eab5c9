import Testing
@testable import ObservationTree

@Suite struct StableIDTests {
    static let page = """
        <html><head><title>Shop</title></head><body>
        <nav><a href="/">Home</a><a href="/deals">Deals</a></nav>
        <main><h1>Sneakers</h1>
        <ul class="grid"><li><a href="/p/1">Runner</a></li><li><a href="/p/2">Walker</a></li></ul>
        <form id="cart"><input name="qty" value="1" aria-label="Qty"><button>Add</button></form>
        <p>Free shipping over $50</p></main></body></html>
        """

    func ids(_ html: String) -> [String: String] {
        var result: [String: String] = [:]
        for node in ObservationTree.html(html).nodes where node.role != .staticText {
            result["\(node.role) \(node.name)"] = node.id
        }
        return result
    }

    @Test func theSameDocumentGivesTheSameIds() {
        #expect(ObservationTree.html(Self.page) == ObservationTree.html(Self.page))
    }

    @Test func whitespaceBetweenTagsMovesNoTextId() {
        func textIDs(_ html: String) -> [String: String] {
            var result: [String: String] = [:]
            for node in ObservationTree.html(html).nodes where node.role == .staticText { result[node.name] = node.id }
            return result
        }
        let compact = textIDs("<main><p><b>Sale</b>ends today</p><p>Free shipping</p></main>")
        let spaced = textIDs("<main>\n  <p>\n    <b>Sale</b>ends today</p>\n  <p>Free shipping</p>\n</main>\n")
        #expect(compact.count == 3)
        #expect(spaced == compact)
    }

    @Test func idsAreUniqueWithinATree() {
        let tree = ObservationTree.html(Self.page + String(repeating: "<p><a href=/x>same</a></p>", count: 3000))
        #expect(Set(tree.nodes.map(\.id)).count == tree.nodes.count)
    }

    @Test func aBannerAboveTheContentRenumbersNothingBelow() {
        let before = ids(Self.page)
        let edited = ids(Self.page.replacingOccurrences(
            of: "<main>", with: "<div class=\"promo\"><p>Sale!</p><a href=/sale>Sale</a></div><main>"))
        for (key, id) in before {
            #expect(edited[key] == id, "\(key) moved from \(id) to \(edited[key] ?? "nothing")")
        }
        #expect(edited["link Sale"] != nil)
    }

    @Test func editingTextElsewhereKeepsIds() {
        let before = ids(Self.page)
        let edited = ids(Self.page.replacingOccurrences(of: "Free shipping over $50", with: "Free shipping over $75"))
        #expect(before == edited)
    }

    @Test func aFieldKeepsItsIdWhenItsValueChanges() {
        let before = ObservationTree.html(Self.page).nodes.first { $0.name == "Qty" }!
        let after = ObservationTree.html(Self.page.replacingOccurrences(of: "value=\"1\"", with: "value=\"3\"")).nodes
            .first { $0.name == "Qty" }!
        #expect(before.id == after.id)
        #expect(after.value == "3")
    }

    @Test func anElementWithAnIdKeepsItWhenMoved() {
        let form = #"<form id="cart"><input name="qty" value="1" aria-label="Qty"><button>Add</button></form>"#
        let moved = Self.page.replacingOccurrences(of: form, with: "")
            .replacingOccurrences(of: "<nav>", with: "<nav>" + form)
        #expect(ids(Self.page)["form "] == ids(moved)["form "])
    }

    @Test func idsAreShortDecimalNumbers() {
        for node in ObservationTree.html(Self.page).nodes {
            #expect(node.id.count <= 6 && node.id.allSatisfy(\.isNumber), "\(node.id)")
        }
    }
}
