import Foundation
import Testing
@testable import ObservationTree

@Suite struct StateTests {
    @Test func checkedSelectedAndMixed() {
        #expect(outline("""
            <input type=checkbox aria-label=A checked><input type=radio aria-label=B checked>
            <div role=checkbox aria-checked=mixed>C</div><div role=option aria-selected=true>D</div>
            """) == """
            checkbox 'A' checked
            radio 'B' checked
            checkbox 'C' mixed
            option 'D' selected
            """)
    }

    @Test func disabledDirectlyThroughAriaOrAFieldset() {
        #expect(outline("""
            <button disabled>A</button><div role=button aria-disabled=true>B</div>
            <fieldset disabled><input aria-label=C></fieldset>
            """) == """
            button 'A' disabled
            button 'B' disabled
            group disabled
              textbox 'C' disabled
            """)
    }

    @Test func expandedAndCollapsed() {
        #expect(outline("<button aria-expanded=true>Menu</button><button aria-expanded=false>More</button>") == """
            button 'Menu' expanded
            button 'More' collapsed
            """)
    }

    @Test func requiredReadonlyAndFocused() {
        #expect(outline("""
            <input aria-label=A required><input aria-label=B readonly value=x>
            <input aria-label=C autofocus><input aria-label=D autofocus>
            """) == """
            textbox 'A' required
            textbox 'B' value='x' readonly
            textbox 'C' focused
            textbox 'D'
            """)
    }

    @Test func passwordValuesAreMasked() {
        #expect(outline(#"<input type=password aria-label=Password value="hunter2">"#) == """
            textbox 'Password' value='•••••••'
            """)
    }

    @Test func linksCarryTheirHrefInJSON() throws {
        let tree = ObservationTree.html(#"<a href=" /cart?x=1 ">Cart</a>"#)
        let link = try #require(tree.nodes.first { $0.role == .link })
        #expect(link.href == "/cart?x=1")
        #expect(tree.json.contains(#""href":"/cart?x=1""#))
        #expect(!tree.text().contains("/cart"))
    }

    @Test func formControlsKnowTheirFormAndAttributes() throws {
        let tree = ObservationTree.html("""
            <form id=f method=post action="/cart/add"><input name=qty value=1 aria-label=Qty></form>
            <input form=f name=note aria-label=Note><input name=loose aria-label=Loose>
            """)
        let form = try #require(tree.nodes.first { $0.role == .form })
        let qty = try #require(tree.nodes.first { $0.name == "Qty" })
        let note = try #require(tree.nodes.first { $0.name == "Note" })
        let loose = try #require(tree.nodes.first { $0.name == "Loose" })
        #expect(form.source?["method"] == "post")
        #expect(form.source?["action"] == "/cart/add")
        #expect(qty.source?.formID == form.id)
        #expect(qty.source?["name"] == "qty")
        #expect(note.source?.formID == form.id)
        #expect(loose.source?.formID == nil)
    }
}

@Suite struct HiddenFieldTests {
    @Test func hiddenControlsAreKeptAsideForSubmission() throws {
        let tree = ObservationTree.html("""
            <form id=f method=post><input type=hidden name=csrf value=t0k><input name=q aria-label=Q>
            <div style="display:none"><input name=trap value=1><input type=checkbox name=c checked></div></form>
            <input type=hidden form=f name=outside value=2><input type=hidden name=orphan value=3>
            """)
        let form = try #require(tree.nodes.first { $0.role == .form })
        #expect(tree.hiddenFields.map(\.name) == ["csrf", "trap", "c", "outside", "orphan"])
        #expect(tree.hiddenFields.map(\.formID) == [form.id, form.id, form.id, form.id, nil])
        #expect(tree.hiddenFields.map(\.value) == ["t0k", "1", "on", "2", "3"])
        #expect(!tree.text().contains("csrf"))
    }
}
