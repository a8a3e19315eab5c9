import Testing
@testable import ObservationTree

/// Parses hand their arena buffers to the next parse (`ArenaPool`); nothing of one
/// document may show up in another.
@Suite struct ArenaReuseTests {
    static let large = (0..<400).map { #"<li id="p\#($0)"><a href="/p/\#($0)">Product \#($0)</a><input name="q\#($0)" value="v\#($0)"></li>"# }
        .joined()
    static let small = #"<h1>Cart</h1><form action="/cart"><label>Qty <input name="qty" value="2"></label><button>Update</button></form>"#

    @Test func aSmallPageAfterALargeOneIsTheSameAsOnItsOwn() {
        let alone = ObservationTree.html(Self.small)
        _ = ObservationTree.html(Self.large)
        let after = ObservationTree.html(Self.small)
        #expect(after == alone)
        #expect(after.nodes.count == alone.nodes.count)
        #expect(!after.text().contains("Product"))
    }

    @Test func concurrentParsesGiveWhatSequentialParsesGive() async {
        let pages = (0..<24).map { $0.isMultiple(of: 2) ? Self.large : Self.small + "<p>page \($0)</p>" }
        let sequential = pages.map { ObservationTree.html($0) }
        let concurrent = await withTaskGroup(of: (Int, ObservationTree).self) { group in
            for (index, page) in pages.enumerated() {
                group.addTask { (index, ObservationTree.html(page)) }
            }
            var trees = [ObservationTree?](repeating: nil, count: pages.count)
            for await (index, tree) in group { trees[index] = tree }
            return trees
        }
        for index in pages.indices {
            #expect(concurrent[index] == sequential[index], "page \(index)")
        }
    }

    @Test func xmlScreensReuseArenasToo() throws {
        let screen = #"<hierarchy><node class="android.widget.Button" text="OK" clickable="true" bounds="[0,0][10,10]"/></hierarchy>"#
        let first = try ObservationTree.xml(screen)
        _ = ObservationTree.html(Self.large)
        #expect(try ObservationTree.xml(screen) == first)
    }
}
