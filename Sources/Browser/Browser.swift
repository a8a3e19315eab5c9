import ObservationTree

/// The harness's browser: no JavaScript, libcurl underneath, observation trees on
/// top. Agents act on it only through `perform`, and it only ever fetches the
/// sandbox origins its `OriginPolicy` allows.
///
/// A value: one episode owns one browser and drives it from one task.
public struct Browser: Sendable {
    public let policy: OriginPolicy
    public var renderer: TextRenderer
    public private(set) var tabs: [Tab] = [Tab()]
    public private(set) var activeTab = 0
    public var maxRedirects = 10
    let transport: HTTPTransport

    /// - Parameter timeoutMilliseconds: how long one request may take before it fails with
    ///   a clear error.
    public init(policy: OriginPolicy, instance: String?, renderer: TextRenderer = TextRenderer(),
                timeoutMilliseconds: Int = HTTPTransport.defaultTimeoutMilliseconds) throws(BrowserError) {
        self.policy = policy
        self.renderer = renderer
        transport = try HTTPTransport(instance: instance, timeoutMilliseconds: timeoutMilliseconds)
    }

    public var page: Page? { tabs[activeTab].page }

    /// What a copy of this browser needs: tabs with their history and pages (form state
    /// lives in the pages' trees), the active tab, and the cookies.
    public struct State: Sendable {
        public var tabs: [Tab]
        public var activeTab: Int
        public var cookies: [String]
    }

    public var state: State { State(tabs: tabs, activeTab: activeTab, cookies: transport.cookies()) }

    /// A browser in `state` on another instance (a fork of an episode), with its own connection.
    public init(restoring state: State, policy: OriginPolicy, instance: String?, renderer: TextRenderer = TextRenderer(),
                timeoutMilliseconds: Int = HTTPTransport.defaultTimeoutMilliseconds) throws(BrowserError) {
        try self.init(policy: policy, instance: instance, renderer: renderer, timeoutMilliseconds: timeoutMilliseconds)
        tabs = state.tabs
        activeTab = state.activeTab
        transport.addCookies(state.cookies)
    }

    // MARK: Observation

    /// What the agent sees now.
    public func observe() -> BrowserObservation {
        let summaries = tabs.enumerated().map { index, tab in
            TabSummary(index: index, title: tab.page?.title ?? "", url: tab.page?.url.string ?? "about:blank", active: index == activeTab)
        }
        guard let page else {
            return BrowserObservation(url: "about:blank", title: "", status: 0, text: "", tree: ObservationTree(nodes: []), tabs: summaries)
        }
        let text = renderer.render(page.tree, firstNode: page.firstNode)
        return BrowserObservation(url: page.url.string, title: page.title, status: page.status, text: text, tree: page.tree, tabs: summaries)
    }

    // MARK: Actions

    /// Performs one action. A failure is returned, never thrown: it becomes the
    /// agent's `last_action_error`, and the page stays as it was.
    @discardableResult
    public mutating func perform(_ command: BrowserCommand) async -> BrowserError? {
        do {
            try await run(command)
            return nil
        } catch {
            return error
        }
    }

    private mutating func run(_ command: BrowserCommand) async throws(BrowserError) {
        switch command {
        case .goto(let reference):
            try await navigate(to: try policy.resolve(reference, from: page?.url).get())
        case .newTab(let reference):
            let url = try reference.map { ref throws(BrowserError) in try policy.resolve(ref, from: page?.url).get() }
            tabs.append(Tab())
            activeTab = tabs.count - 1
            if let url { try await navigate(to: url) }
        case .tabFocus(let index):
            guard tabs.indices.contains(index) else {
                throw .invalidAction("there is no tab \(index): tabs are numbered 0 to \(tabs.count - 1)")
            }
            activeTab = index
        case .closeTab:
            guard tabs.count > 1 else { throw .invalidAction("cannot close the last tab") }
            tabs.remove(at: activeTab)
            activeTab = min(activeTab, tabs.count - 1)
        case .goBack:
            let tab = tabs[activeTab]
            guard tab.position > 0 else { throw .invalidAction("there is no page to go back to") }
            try await load(HTTPRequest(url: tab.history[tab.position - 1]), record: false)
            tabs[activeTab].position -= 1
        case .goForward:
            let tab = tabs[activeTab]
            guard tab.position + 1 < tab.history.count else { throw .invalidAction("there is no page to go forward to") }
            try await load(HTTPRequest(url: tab.history[tab.position + 1]), record: false)
            tabs[activeTab].position += 1
        case .reload:
            let current = try requirePage()
            try await load(HTTPRequest(url: current.url), record: false)
        case .scroll(let down):
            try scroll(down: down)
        case .press(let key):
            guard key.lowercased() == "enter" else {
                throw .invalidAction("press supports Enter only (this browser runs no JavaScript, so other keys do nothing)")
            }
            guard let field = try requirePage().focused else { throw .invalidAction("press Enter: no field has focus; click or type into one first") }
            try await submitImplicitly(from: field)
        case .click(let target):
            try await click(try locate(target))
        case .type(let target, let text, let pressEnter):
            let index = try locate(target)
            try requireEditable(index, action: "type into")
            tabs[activeTab].page?.setText(text, at: index)
            tabs[activeTab].page?.focus(index)
            if pressEnter { try await submitImplicitly(from: index) }
        case .clear(let target):
            let index = try locate(target)
            try requireEditable(index, action: "clear")
            tabs[activeTab].page?.setText("", at: index)
        case .select(let target, let option):
            try select(option, in: try locate(target))
        case .check(let target):
            try setChecked(true, try locate(target))
        case .uncheck(let target):
            try setChecked(false, try locate(target))
        case .hover(let target):
            _ = try locate(target)
        }
    }

    // MARK: Elements

    private func requirePage() throws(BrowserError) -> Page {
        guard let page else { throw .invalidAction("no page is open; use goto first") }
        return page
    }

    /// The node an action names, by id or by role and name: the first node of the role
    /// (or any interactive node) whose name matches exactly, then ignoring case.
    public func locate(_ target: BrowserCommand.Target) throws(BrowserError) -> Int {
        let page = try requirePage()
        switch target {
        case .id(let id):
            guard let index = page.tree.index(ofID: id) else {
                throw .invalidAction("there is no element [\(id)] on this page")
            }
            return index
        case .named(let role, let name):
            let nodes = page.tree.nodes
            // By name alone, prefer what can be acted on over text that says the same.
            let candidates = role.map { role in nodes.indices.filter { nodes[$0].role.rawValue == role } }
                ?? nodes.indices.filter { nodes[$0].role.isInteractive } + nodes.indices.filter { !nodes[$0].role.isInteractive }
            if let exact = candidates.first(where: { nodes[$0].name == name }) { return exact }
            let folded = name.lowercased()
            if let loose = candidates.first(where: { nodes[$0].name.lowercased() == folded }) { return loose }
            throw .invalidAction("there is no \(role ?? "element") named '\(name)' on this page")
        }
    }

    private func describe(_ index: Int) -> String {
        guard let node = page?.tree.nodes[index] else { return "" }
        return node.name.isEmpty ? "[\(node.id)] \(node.role)" : "[\(node.id)] \(node.role) '\(node.name)'"
    }

    private func requireEditable(_ index: Int, action: String) throws(BrowserError) {
        let page = try requirePage()
        let node = page.tree.nodes[index]
        let tag = node.source?.tag ?? ""
        let textual = tag == "textarea" || (tag == "input" && !["checkbox", "radio", "submit", "reset", "button", "image", "file", "hidden", "range"].contains(page.inputType(index)))
        guard textual else {
            let hint = node.role == .combobox || node.role == .listbox ? "; use select" : ""
            throw .invalidAction("cannot \(action) \(describe(index)): it is not a text field\(hint)")
        }
        if node.states.contains(.disabled) { throw .invalidAction("cannot \(action) \(describe(index)): it is disabled") }
        if node.states.contains(.readonly) { throw .invalidAction("cannot \(action) \(describe(index)): it is read-only") }
    }

    private mutating func click(_ index: Int) async throws(BrowserError) {
        let page = try requirePage()
        let node = page.tree.nodes[index]
        if node.states.contains(.disabled) { throw .invalidAction("cannot click \(describe(index)): it is disabled") }
        let tag = node.source?.tag ?? ""
        switch node.role {
        case .link:
            guard let href = node.href, !href.isEmpty else { throw .invalidAction("\(describe(index)) has no address to follow") }
            if href.hasPrefix("#") { return }  // same-page anchor: nothing to fetch
            if href.lowercased().hasPrefix("javascript:") {
                throw .invalidAction("\(describe(index)) runs JavaScript, which this browser does not")
            }
            try await navigate(to: try policy.resolve(href, from: page.url).get())
        case .checkbox where tag == "input":
            try setChecked(!node.states.contains(.checked), index)
        case .radio where tag == "input":
            try setChecked(true, index)
        case .option:
            guard let select = page.selectOwning(index) else { throw .invalidAction("\(describe(index)) is not in a list") }
            tabs[activeTab].page?.choose(index, in: select)
        case .button where tag == "button" || tag == "input":
            if page.isSubmitButton(index) {
                guard let form = formIndex(of: index) else {
                    throw .invalidAction("\(describe(index)) belongs to no form, so clicking it does nothing")
                }
                try await submit(form: form, submitter: index)
            } else if (node.source?["type"] ?? "").lowercased() == "reset" {
                try resetForm(of: index)
            } else {
                throw .invalidAction("\(describe(index)) does nothing without JavaScript")
            }
        case .textbox, .searchbox, .spinbutton, .combobox, .listbox, .slider:
            tabs[activeTab].page?.focus(index)
        default:
            // Text or an image inside a link or button acts as that link or button.
            var ancestor = node.parent
            while ancestor >= 0 {
                let role = page.tree.nodes[ancestor].role
                if role == .link || role == .button { return try await click(ancestor) }
                ancestor = page.tree.nodes[ancestor].parent
            }
            if tag == "summary" || (node.role == .button && tag.isEmpty) {
                throw .invalidAction("\(describe(index)) does nothing without JavaScript")
            }
            throw .invalidAction("\(describe(index)) is not clickable")
        }
    }

    private mutating func setChecked(_ checked: Bool, _ index: Int) throws(BrowserError) {
        let page = try requirePage()
        let node = page.tree.nodes[index]
        guard node.role == .checkbox || node.role == .radio, node.source?.tag == "input" else {
            throw .invalidAction("cannot \(checked ? "check" : "uncheck") \(describe(index)): it is not a checkbox or radio button")
        }
        if node.states.contains(.disabled) { throw .invalidAction("cannot change \(describe(index)): it is disabled") }
        if node.role == .radio {
            guard checked else { throw .invalidAction("cannot uncheck \(describe(index)): choose another option in its group instead") }
            for other in page.radioGroup(of: index) where other != index {
                tabs[activeTab].page?.tree.nodes[other].states.remove(.checked)
            }
        }
        if checked {
            tabs[activeTab].page?.tree.nodes[index].states.insert(.checked)
        } else {
            tabs[activeTab].page?.tree.nodes[index].states.remove(.checked)
        }
    }

    private mutating func select(_ option: String, in index: Int) throws(BrowserError) {
        let page = try requirePage()
        var select = index
        if page.tree.nodes[index].role == .option, let owner = page.selectOwning(index) { select = owner }
        guard page.tree.nodes[select].source?.tag == "select" else {
            throw .invalidAction("cannot select in \(describe(index)): it is not a drop-down or list box")
        }
        if page.tree.nodes[select].states.contains(.disabled) { throw .invalidAction("cannot select in \(describe(select)): it is disabled") }
        let options = page.options(of: select)
        let folded = option.lowercased()
        let match = options.first { page.tree.nodes[$0].name == option }
            ?? options.first { page.tree.nodes[$0].name.lowercased() == folded }
            ?? options.first { page.tree.nodes[$0].source?["value"] == option }
        guard let match else {
            let names = options.prefix(12).map { "'\(page.tree.nodes[$0].name)'" }.joined(separator: ", ")
            throw .invalidAction("\(describe(select)) has no option '\(option)'; its options are \(names)\(options.count > 12 ? ", …" : "")")
        }
        if page.tree.nodes[match].states.contains(.disabled) { throw .invalidAction("option '\(option)' is disabled") }
        tabs[activeTab].page?.choose(match, in: select)
    }

    private mutating func scroll(down: Bool) throws(BrowserError) {
        let page = try requirePage()
        let window = renderer.renderWindow(page.tree, firstNode: page.firstNode).window
        if down {
            guard window.hasMoreBelow else { throw .invalidAction("already at the bottom of the page") }
            tabs[activeTab].page?.firstNode = window.firstNode + max(1, window.shownNodes)
        } else {
            guard page.firstNode > 0 else { throw .invalidAction("already at the top of the page") }
            // Page up by as many nodes as a window shows from the top of the page.
            let step = max(1, renderer.renderWindow(page.tree, firstNode: max(0, page.firstNode - window.shownNodes)).window.shownNodes)
            tabs[activeTab].page?.firstNode = max(0, page.firstNode - step)
        }
    }

    // MARK: Forms

    /// The form node a control belongs to.
    private func formIndex(of index: Int) -> Int? {
        guard let page, let formID = page.tree.nodes[index].source?.formID else { return nil }
        return page.tree.index(ofID: formID)
    }

    /// Enter in a field: submit its form through its first submit button, or
    /// without one when the field is the form's only text field (HTML's rules).
    private mutating func submitImplicitly(from field: Int) async throws(BrowserError) {
        let page = try requirePage()
        guard let form = formIndex(of: field) else {
            throw .invalidAction("pressing Enter in \(describe(field)) does nothing: it is not in a form")
        }
        let formID = page.tree.nodes[form].id
        let members = page.tree.nodes.indices.filter { page.tree.nodes[$0].source?.formID == formID }
        if let button = members.first(where: { page.isSubmitButton($0) }) {
            guard !page.tree.nodes[button].states.contains(.disabled) else {
                throw .invalidAction("pressing Enter does nothing: the form's submit button is disabled")
            }
            return try await submit(form: form, submitter: button)
        }
        let textFields = members.filter { page.tree.nodes[$0].role == .textbox || page.tree.nodes[$0].role == .searchbox || page.tree.nodes[$0].role == .spinbutton }
        guard textFields.count <= 1 else {
            throw .invalidAction("pressing Enter does nothing: the form has no submit button")
        }
        try await submit(form: form, submitter: nil)
    }

    private mutating func submit(form: Int, submitter: Int?) async throws(BrowserError) {
        let request = try FormSubmission(page: try requirePage(), form: form, submitter: submitter).request().get()
        guard policy.allows(request.url) else {
            throw .notAllowed("the form submits to \(request.url.origin), outside the sandboxes")
        }
        try await load(request, record: true)
    }

    private mutating func resetForm(of index: Int) throws(BrowserError) {
        guard let form = formIndex(of: index), var page = self.page else { return }
        let formID = page.tree.nodes[form].id
        for member in page.tree.nodes.indices where page.tree.nodes[member].source?.formID == formID {
            let source = page.tree.nodes[member].source!
            switch source.tag {
            case "input":
                if page.inputType(member) == "checkbox" || page.inputType(member) == "radio" {
                    if source["checked"] != nil { page.tree.nodes[member].states.insert(.checked) }
                    else { page.tree.nodes[member].states.remove(.checked) }
                } else if page.tree.nodes[member].value != nil {
                    page.setText(source["value"] ?? "", at: member)
                }
            case "textarea":
                page.setText("", at: member)
            default: break
            }
        }
        tabs[activeTab].page = page
    }

    // MARK: Loading

    private mutating func navigate(to url: WebURL) async throws(BrowserError) {
        try await load(HTTPRequest(url: url), record: true)
    }

    /// Fetches, follows redirects inside the allow-list, and shows the result.
    private mutating func load(_ first: HTTPRequest, record: Bool) async throws(BrowserError) {
        var request = first
        var redirects = 0
        while true {
            let response = try await transport.perform(request)
            if [301, 302, 303, 307, 308].contains(response.status), let location = response.header("location") {
                redirects += 1
                guard redirects <= maxRedirects else {
                    throw .transport("\(first.url): more than \(maxRedirects) redirects")
                }
                let next = try policy.resolve(location, from: request.url).get()
                // 307 and 308 repeat the method and body; the others become a GET.
                request = [307, 308].contains(response.status) ? HTTPRequest(method: request.method, url: next, body: request.body) : HTTPRequest(url: next)
                continue
            }
            let contentType = response.header("content-type")?.lowercased() ?? "text/html"
            let tree: ObservationTree
            if contentType.contains("xml") && !contentType.contains("html") {
                tree = (try? ObservationTree.xml(response.body)) ?? ObservationTree.html(response.body)
            } else {
                tree = ObservationTree.html(response.body)
            }
            let page = Page(url: request.url, status: response.status, tree: tree)
            tabs[activeTab].page = page
            if record { tabs[activeTab].record(request.url) }
            return
        }
    }
}

/// The browser's side of an observation.
public struct BrowserObservation: Sendable {
    public var url: String
    public var title: String
    /// HTTP status of the page shown (0 before any page).
    public var status: Int
    /// Accessibility-tree text of the current window of the page.
    public var text: String
    public var tree: ObservationTree
    public var tabs: [TabSummary]
}
