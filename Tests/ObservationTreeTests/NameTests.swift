import Testing
@testable import ObservationTree

@Suite struct NameTests {
    @Test func ariaLabelledbyJoinsSeveralIdsInOrder() {
        #expect(outline("""
            <span id="b">Billing</span><span id="a">Address</span>
            <input aria-labelledby="b a" aria-label="ignored">
            """) == """
            StaticText 'Billing'
            StaticText 'Address'
            textbox 'Billing Address'
            """)
    }

    @Test func ariaLabelledbyReadsHiddenLabels() {
        #expect(outline(#"<span id="h" hidden>Secret name</span><button aria-labelledby="h">x</button>"#) == """
            button 'Secret name'
              StaticText 'x'
            """)
    }

    @Test func ariaLabelBeatsContent() {
        #expect(outline(#"<button aria-label="Close dialog">×</button>"#) == """
            button 'Close dialog'
              StaticText '×'
            """)
    }

    @Test func labelForAndWrappingLabel() {
        #expect(outline("""
            <label for="e">Email</label><input id="e"><label>Phone <input></label>
            <label for="both">First</label><label>Second <input id="both"></label>
            """) == """
            textbox 'Email'
            textbox 'Phone'
            textbox 'First Second'
            """)
    }

    @Test func labelTextStaysWhenItLabelsNothing() {
        #expect(outline(#"<label>Orphan</label><label for="nowhere">Dangling</label>"#) == """
            StaticText 'Orphan'
            StaticText 'Dangling'
            """)
    }

    @Test func altNamesImagesAndLinksTakeTheirContent() {
        #expect(outline(#"<a href="/p/1"><img src="x.png" alt="Trail Runner"> <span>$89</span></a>"#) == """
            link 'Trail Runner $89'
            """)
    }

    @Test func buttonValueAndContent() {
        #expect(outline(#"<input type="submit" value="Place order"><button><b>Add</b> to cart</button>"#) == """
            button 'Place order'
            button 'Add to cart'
            """)
    }

    @Test func titleThenPlaceholderAsFallbacks() {
        #expect(outline("""
            <input title="Coupon code" placeholder="e.g. SAVE10"><input placeholder="Search products">
            <a href="/x" title="Help"></a>
            """) == """
            textbox 'Coupon code'
            textbox 'Search products'
            link 'Help'
            """)
    }

    @Test func whitespaceIsCollapsed() {
        #expect(outline("<h2>  Hello\n\t  big   \n world </h2><p>a\n\n   b</p>") == """
            heading 'Hello big world' level=2
            paragraph
              StaticText 'a b'
            """)
    }

    @Test func blockBoundariesSeparateWordsInNames() {
        #expect(outline("<a href=/x><div>Fleece</div><div>$40</div></a><a href=/y>Fle<b>ece</b></a>") == """
            link 'Fleece $40'
            link 'Fleece'
            """)
    }

    @Test func longNamesAndTextAreCutWithAnEllipsis() {
        let long = String(repeating: "word ", count: 200)
        let tree = ObservationTree.html("<a href=/x>\(long)</a><p>\(long)</p>")
        let link = tree.nodes.first { $0.role == .link }!
        let text = tree.nodes.first { $0.role == .staticText }!
        #expect(link.name.count == TextLimits.standard.name)
        #expect(link.name.hasSuffix("…"))
        #expect(text.name.count == TextLimits.standard.text)
        #expect(text.name.hasSuffix("…"))
    }

    @Test func staticTextEqualToItsParentsNameIsDropped() {
        #expect(outline(#"<nav aria-label="Menu"><span>Menu</span><span>Home</span></nav>"#) == """
            navigation 'Menu'
              StaticText 'Home'
            """)
    }

    @Test func theTitleNamesTheRoot() {
        let tree = ObservationTree.html("<title> My   Shop </title><p>x</p>")
        #expect(tree.root?.role == .rootWebArea)
        #expect(tree.root?.name == "My Shop")
    }
}
