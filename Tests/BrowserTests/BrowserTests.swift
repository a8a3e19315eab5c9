import Browser
import ObservationTree
import Testing

@Suite struct BrowserTests {
    func id(_ browser: Browser, _ role: Role, _ name: String) throws -> String {
        try #require(browser.page?.tree.nodes.first { $0.role == role && $0.name == name }).id
    }

    func text(_ browser: Browser) -> String { browser.observe().text }

    @Test func followsLinksAndKeepsHistory() async throws {
        try await TestSite.withBrowser { browser, _ in
            #expect(await browser.perform(.goto("site:/")) == nil)
            #expect(browser.observe().title == "Form")
            let echo = try id(browser, .link, "Echo link")
            #expect(await browser.perform(.click(.id(echo))) == nil)
            #expect(text(browser).contains("query: from=link"))
            #expect(await browser.perform(.goBack) == nil)
            #expect(browser.observe().title == "Form")
            #expect(await browser.perform(.goForward) == nil)
            #expect(browser.observe().title == "Echo")
            #expect(await browser.perform(.goForward) == .invalidAction("there is no page to go forward to"))
        }
    }

    @Test func postFormSendsEveryFieldLikeABrowser() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/"))
            #expect(await browser.perform(.type(.named(role: "textbox", name: "Name"), text: "Grace Hopper", pressEnter: false)) == nil)
            #expect(await browser.perform(.type(.named(role: "textbox", name: "Password"), text: "s3cret&", pressEnter: false)) == nil)
            #expect(text(browser).contains("textbox 'Password' value='•••••••'"))
            #expect(await browser.perform(.check(.named(role: "checkbox", name: "Newsletter"))) == nil)
            #expect(await browser.perform(.uncheck(.named(role: "checkbox", name: "Terms"))) == nil)
            #expect(await browser.perform(.click(.named(role: "radio", name: "Express"))) == nil)
            #expect(await browser.perform(.select(.named(role: "combobox", name: "Size"), option: "Medium")) == nil)
            #expect(await browser.perform(.type(.named(role: "textbox", name: "Note"), text: "ring twice", pressEnter: false)) == nil)
            let before = text(browser)
            #expect(before.contains("radio 'Express' checked"))
            #expect(!before.contains("radio 'Standard' checked"))
            #expect(before.contains("combobox 'Size' value='Medium'"))
            #expect(await browser.perform(.click(.named(role: "button", name: "Save draft"))) == nil)
            #expect(browser.observe().title == "Submitted")
            #expect(text(browser).contains(
                "csrf=t0k3n&name=Grace+Hopper&pw=s3cret%26&news=yes&ship=exp&size=m&note=ring+twice&go=draft"))
        }
    }

    @Test func enterSubmitsAGetFormWithItsOnlyField() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/"))
            #expect(await browser.perform(.type(.named(role: "textbox", name: "Search"), text: "red shoes", pressEnter: true)) == nil)
            #expect(browser.observe().url.hasSuffix("/echo?q=red+shoes"))
            #expect(text(browser).contains("query: q=red+shoes"))
        }
    }

    @Test func enterUsesTheDefaultButton() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/"))
            #expect(await browser.perform(.type(.named(role: "textbox", name: "Name"), text: "Lin", pressEnter: true)) == nil)
            #expect(text(browser).contains("go=save"))
        }
    }

    @Test func actionsThatCannotApplyExplainWhy() async throws {
        try await TestSite.withBrowser { browser, _ in
            #expect(await browser.perform(.click(.id("1"))) == .invalidAction("no page is open; use goto first"))
            await browser.perform(.goto("site:/"))
            let link = try id(browser, .link, "Echo link")
            #expect(await browser.perform(.click(.id("999999999"))) == .invalidAction("there is no element [999999999] on this page"))
            #expect(await browser.perform(.type(.id(link), text: "x", pressEnter: false))
                == .invalidAction("cannot type into [\(link)] link 'Echo link': it is not a text field"))
            let locked = try id(browser, .textbox, "Locked")
            #expect(await browser.perform(.type(.id(locked), text: "x", pressEnter: false))
                == .invalidAction("cannot type into [\(locked)] textbox 'Locked': it is disabled"))
            let size = try id(browser, .combobox, "Size")
            #expect(await browser.perform(.select(.id(size), option: "Huge"))
                == .invalidAction("[\(size)] combobox 'Size' has no option 'Huge'; its options are 'Small', 'Medium'"))
            let script = try id(browser, .button, "Script only")
            #expect(await browser.perform(.click(.id(script)))
                == .invalidAction("[\(script)] button 'Script only' does nothing without JavaScript"))
            let standard = try id(browser, .radio, "Standard")
            #expect(await browser.perform(.uncheck(.id(standard)))
                == .invalidAction("cannot uncheck [\(standard)] radio 'Standard': choose another option in its group instead"))
            #expect(await browser.perform(.click(.named(role: nil, name: "Nowhere"))) == .invalidAction("there is no element named 'Nowhere' on this page"))
            #expect(await browser.perform(.click(.named(role: nil, name: "newsletter"))) == nil, "name alone, any role, case-insensitive")
            #expect(await browser.perform(.press(key: "Tab"))
                == .invalidAction("press supports Enter only (this browser runs no JavaScript, so other keys do nothing)"))
            #expect(browser.observe().title == "Form", "a failed action leaves the page as it was")
        }
    }

    @Test func theAllowListRefusesOutsideURLs() async throws {
        try await TestSite.withBrowser { browser, origin in
            await browser.perform(.goto("site:/"))
            let refusedFile = await browser.perform(.goto("file:///etc/passwd"))
            #expect(refusedFile == .notAllowed("file:///etc/passwd: only the sandboxes' http origins can be opened, not file: URLs"))
            let refusedHost = await browser.perform(.goto("http://example.invalid/"))
            #expect(refusedHost == .notAllowed("http://example.invalid:80 is outside the sandboxes (allowed: \(origin))"))
            let refusedPort = await browser.perform(.goto("http://127.0.0.1:\(origin.port + 1)/"))
            if case .notAllowed = refusedPort {} else { Issue.record("another port must be refused: \(String(describing: refusedPort))") }
            let refusedRedirect = await browser.perform(.click(.named(role: "link", name: "Escape link")))
            #expect(refusedRedirect == .notAllowed("http://example.invalid:80 is outside the sandboxes (allowed: \(origin))"))
            let refusedFileLink = await browser.perform(.click(.named(role: "link", name: "File link")))
            if case .notAllowed = refusedFileLink {} else { Issue.record("file links must be refused") }
            #expect(browser.observe().title == "Form")
        }
    }

    @Test func redirectsInsideTheSandboxAreFollowed() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/redirect"))
            #expect(browser.observe().url.hasSuffix("/echo?from=redirect"))
            #expect(browser.tabs[0].history.count == 1)
        }
    }

    @Test func cookiesPersistAcrossRequests() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/whoami"))
            #expect(text(browser).contains("session: none"))
            await browser.perform(.goto("site:/login"))
            await browser.perform(.goto("site:/whoami"))
            #expect(text(browser).contains("session: abc123"))
        }
    }

    @Test func everyRequestNamesItsInstance() async throws {
        try await TestSite.withBrowser(instance: "episode-42") { browser, _ in
            await browser.perform(.goto("site:/instance"))
            #expect(text(browser).contains("instance: episode-42"))
        }
    }

    @Test func tabs() async throws {
        try await TestSite.withBrowser { browser, _ in
            await browser.perform(.goto("site:/"))
            #expect(await browser.perform(.newTab("site:/echo?tab=2")) == nil)
            #expect(browser.observe().tabs.map(\.active) == [false, true])
            #expect(await browser.perform(.tabFocus(0)) == nil)
            #expect(browser.observe().title == "Form")
            #expect(await browser.perform(.tabFocus(5)) == .invalidAction("there is no tab 5: tabs are numbered 0 to 1"))
            #expect(await browser.perform(.closeTab) == nil)
            #expect(browser.observe().title == "Echo")
            #expect(await browser.perform(.closeTab) == .invalidAction("cannot close the last tab"))
        }
    }

    @Test func scrollingPagesThroughALongTree() async throws {
        try await TestSite.withBrowser { browser, _ in
            browser.renderer = TextRenderer(budget: .init(characters: 100_000, nodes: 100))
            await browser.perform(.goto("site:/long"))
            #expect(text(browser).contains("line 0'"))
            #expect(!text(browser).contains("line 60'"))
            #expect(await browser.perform(.scroll(down: true)) == nil)
            #expect(text(browser).contains("line 60'"))
            #expect(text(browser).hasPrefix("… 100 nodes above"))
            #expect(await browser.perform(.scroll(down: false)) == nil)
            #expect(text(browser).contains("line 0'"))
            #expect(await browser.perform(.scroll(down: false)) == .invalidAction("already at the top of the page"))
        }
    }

    @Test func errorPagesAreShownWithTheirStatus() async throws {
        try await TestSite.withBrowser { browser, _ in
            #expect(await browser.perform(.goto("site:/missing")) == nil)
            #expect(browser.observe().status == 404)
            #expect(browser.observe().title == "Not found")
        }
    }

    @Test func aDeadServerIsATransportError() async throws {
        var browser = try Browser(policy: OriginPolicy(sandboxes: ["dead": Origin(host: "dead.localhost", port: 1)]), instance: nil)
        let error = await browser.perform(.goto("dead:/"))
        guard case .transport = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
    }
}
