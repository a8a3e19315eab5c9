import Testing
@testable import ObservationTree

@Suite struct HidingTests {
    @Test func everyHidingRule() {
        #expect(outline("""
            <p hidden>hidden attribute</p><p aria-hidden="true">aria-hidden</p>
            <input type="hidden" name="csrf" value="t0k3n"><p style="color: red; DISPLAY : None">display none</p>
            <p style="visibility:hidden">visibility hidden</p><script>var leaked = 1;</script>
            <style>p { color: red }</style><template><p>template</p></template>
            <noscript><p>noscript</p></noscript><p>visible</p>
            """) == """
            paragraph
              StaticText 'visible'
            """)
    }

    @Test func hiddenContentIsLeftOutOfNames() {
        #expect(outline(#"<a href=/x>Buy <span style="display:none">secret</span>now</a>"#) == """
            link 'Buy now'
            """)
    }

    @Test func ariaHiddenFalseDoesNotHide() {
        #expect(outline(#"<p aria-hidden="false">still here</p>"#) == """
            paragraph
              StaticText 'still here'
            """)
    }
}
