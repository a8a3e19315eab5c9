import Testing
@testable import ObservationTree

@Suite struct RoleTests {
    @Test func linksNeedAnHref() {
        #expect(outline(#"<a href="/a">Go</a><a>Not a link</a>"#) == """
            link 'Go'
            StaticText 'Not a link'
            """)
    }

    @Test func buttonsOfEveryKind() {
        #expect(outline("""
            <button>Plain</button><input type="submit" value="Send"><input type="submit">
            <input type="reset"><input type="button" value="Custom"><input type="image" alt="Search" src="s.png">
            """) == """
            button 'Plain'
            button 'Send'
            button 'Submit'
            button 'Reset'
            button 'Custom'
            button 'Search'
            """)
    }

    @Test func textFields() {
        #expect(outline("""
            <input aria-label="Name" value="Ada"><input type="email" aria-label="Email">
            <input type="search" aria-label="Find" value="red shoes"><textarea aria-label="Notes">
            two
            lines</textarea>
            """) == """
            textbox 'Name' value='Ada'
            textbox 'Email'
            searchbox 'Find' value='red shoes'
            textbox 'Notes' value='two\\nlines'
            """)
    }

    @Test func choiceControls() {
        #expect(outline("""
            <input type="checkbox" aria-label="Gift" checked><input type="radio" aria-label="Red">
            <input type="number" aria-label="Qty" value="2"><input type="range" aria-label="Volume" value="7">
            """) == """
            checkbox 'Gift' checked
            radio 'Red'
            spinbutton 'Qty' value='2'
            slider 'Volume' value='7'
            """)
    }

    @Test func selectIsComboboxOrListbox() {
        #expect(outline("""
            <select aria-label="Size"><option>S</option><option selected>M</option></select>
            <select aria-label="Tags" multiple><optgroup label="Colour"><option selected>Red</option></optgroup></select>
            """) == """
            combobox 'Size' value='M' collapsed
              option 'S'
              option 'M' selected
            listbox 'Tags' multiselectable
              group 'Colour'
                option 'Red' selected
            """)
    }

    @Test func comboboxWithoutSelectionShowsTheFirstOption() {
        #expect(outline(#"<select aria-label="Sort"><option value="p">Price</option><option>Name</option></select>"#) == """
            combobox 'Sort' value='Price' collapsed
              option 'Price'
              option 'Name'
            """)
    }

    @Test func imagesNeedAltUnlessInsideALinkOrButton() {
        #expect(outline("""
            <img src="a.png" alt="A red shoe"><img src="spacer.gif" alt=""><img src="b.png">
            <a href="/x"><img src="c.png"></a><button><img src="d.png" title="Close"></button>
            """) == """
            img 'A red shoe'
            link
              img
            button
              img 'Close'
            """)
    }

    @Test func headingsCarryTheirLevel() {
        #expect(outline("<h1>One</h1><h3>Three</h3><div role=heading aria-level=4>Four</div>") == """
            heading 'One' level=1
            heading 'Three' level=3
            heading 'Four' level=4
            """)
    }

    @Test func lists() {
        #expect(outline("<ul><li>a</li><li>b</li></ul><ol><li><a href=/c>c</a></li></ol>") == """
            list
              listitem
                StaticText 'a'
              listitem
                StaticText 'b'
            list
              listitem
                link 'c'
            """)
    }

    @Test func headerCellsWithSortLinksAreNamedAsChromiumNamesThem() {
        #expect(outline("""
            <table>
            <tr><th><a href="?sort=name">Name</a></th><th><a href="?sort=total">Total</a> ▲</th></tr>
            <tr><th><a href="/forums/3">Boots</a></th><td><a href="/orders/7">View</a></td></tr>
            </table>
            """) == """
            table
              row
                columnheader 'Name'
                  link 'Name'
                columnheader 'Total ▲'
                  link 'Total'
              row
                rowheader 'Boots'
                  link 'Boots'
                cell
                  link 'View'
            """)
    }

    @Test func tablesWithColumnAndRowHeaders() {
        #expect(outline("""
            <table><caption>Orders</caption>
            <thead><tr><th>Order</th><th>Total</th></tr></thead>
            <tbody><tr><th>#1001</th><td>$5.00</td></tr><tr><th scope="row">#1002</th><td>$7.50</td></tr></tbody>
            </table>
            """) == """
            table 'Orders'
              row
                columnheader 'Order'
                columnheader 'Total'
              row
                rowheader '#1001'
                cell '$5.00'
              row
                rowheader '#1002'
                cell '$7.50'
            """)
    }

    @Test func landmarks() {
        #expect(outline("""
            <header>Top</header><nav aria-label="Main">n</nav><main><article><header>Byline</header>
            <footer>Article end</footer></article><section>Unnamed</section><section aria-label="Reviews">r</section>
            </main><aside>Side</aside><search>s</search><footer>Bottom</footer>
            <form aria-label="Login"><button>Go</button></form><dialog open>Hi</dialog><dialog>Closed</dialog>
            """) == """
            banner
              StaticText 'Top'
            navigation 'Main'
              StaticText 'n'
            main
              article
                StaticText 'Byline'
                StaticText 'Article end'
              StaticText 'Unnamed'
              region 'Reviews'
                StaticText 'r'
            complementary
              StaticText 'Side'
            search
              StaticText 's'
            contentinfo
              StaticText 'Bottom'
            form 'Login'
              button 'Go'
            dialog
              StaticText 'Hi'
            """)
    }

    @Test func detailsAndSummary() {
        #expect(outline("""
            <details><summary>More</summary><p>Hidden until opened</p></details>
            <details open><summary>Less</summary><p>Shown</p></details>
            """) == """
            group
              button 'More' collapsed
            group
              button 'Less' expanded
              paragraph
                StaticText 'Shown'
            """)
    }

    @Test func explicitRolesWinAndPresentationDisappears() {
        #expect(outline("""
            <div role="button">Act</div><span role="checkbox" aria-checked="true">Agree</span>
            <ul role="presentation"><li role="none">flat</li></ul><div role="tab" aria-selected="true">Tab 1</div>
            <div role="unknownrole banner">fallback to the next token</div>
            """) == """
            button 'Act'
            checkbox 'Agree' checked
            StaticText 'flat'
            tab 'Tab 1' selected
            banner
              StaticText 'fallback to the next token'
            """)
    }

    @Test func fieldsetIsAGroupNamedByItsLegend() {
        #expect(outline("<fieldset><legend>Shipping</legend><label><input type=radio name=s> Express</label></fieldset>") == """
            group 'Shipping'
              radio 'Express'
            """)
    }

    @Test func paragraphsAndSeparators() {
        #expect(outline("<p>Hello <b>world</b></p><hr><p>Bye</p>") == """
            paragraph
              StaticText 'Hello'
              StaticText 'world'
            separator
            paragraph
              StaticText 'Bye'
            """)
    }

    @Test func formsInTableCellsKeepTheirNodeAndTheirControls() {
        #expect(outline("""
            <table><tr><td>Trail Runner</td><td><form method=post action=/cart/update>
            <input type=hidden name=item_id value=3><input name=quantity value=1 aria-label=Qty>
            <button>Update</button></form></td><td><a href=/p/1>View</a></td></tr></table>
            """) == """
            table
              row
                cell 'Trail Runner'
                cell
                  form
                    textbox 'Qty' value='1'
                    button 'Update'
                cell
                  link 'View'
            """)
    }
}
