/// Lays a `Screen` out on the 1080×2400 screen (docs/phone.md, "Layout"): status bar, app
/// bar, fixed header, scrolling body, floating button, then the device's layers (toast,
/// keyboard, navigation bar, overlay). Every size is a constant, so the same screen and
/// state give the same bounds. Only what is on screen becomes a node.
struct LayoutEngine {
    static let width = 1080, height = 2400
    static let statusBar = 84, appBar = 168, navigationBar = 168, keyboard = 840, margin = 48
    static let systemPackage = "com.android.systemui"

    /// What a layout needs besides the screen: where it is scrolled to, what was typed,
    /// the device's state.
    struct Input {
        var screen: Screen
        var package: String
        var entry: StackEntry
        /// Whether the back stack has a screen under this one (shows "Navigate up").
        var canGoUp: Bool
        var state: DeviceState
        var notifications: [Notification]
    }

    struct Notification: Sendable {
        var app: String
        var title: String
        var text: String
    }

    private var nodes: [UINode] = []
    private var fields: [String: String] = [:]
    private var submits: [String: Tap] = [:]
    private let input: Input

    private init(_ input: Input) {
        self.input = input
    }

    static func layout(_ input: Input) -> LaidOutScreen {
        var engine = LayoutEngine(input)
        return engine.run()
    }

    private mutating func run() -> LaidOutScreen {
        let screen = input.screen
        let W = Self.width
        let bottom = Self.height - Self.navigationBar - (input.state.keyboard ? Self.keyboard : 0)
        add(UINode(className: "android.widget.FrameLayout", package: input.package, bounds: Rect(x1: 0, y1: 0, x2: W, y2: Self.height), depth: 0))
        statusBar()
        var y = Self.statusBar
        if !screen.title.isEmpty {
            appBar(screen, y: y)
            y += Self.appBar
        }
        for widget in screen.header {
            let h = Self.height(of: widget, width: W - 2 * Self.margin)
            place(widget, x1: Self.margin, x2: W - Self.margin, y: y, depth: 1, clip: (y, bottom))
            y += h
        }
        var footerTop = bottom
        for widget in screen.footer { footerTop -= Self.height(of: widget, width: W - 2 * Self.margin) }
        let scroll = body(screen, top: y, bottom: footerTop)
        var fy = footerTop
        for widget in screen.footer {
            let h = Self.height(of: widget, width: W - 2 * Self.margin)
            place(widget, x1: Self.margin, x2: W - Self.margin, y: fy, depth: 1, clip: (footerTop, bottom))
            fy += h
        }
        if let fab = screen.fab {
            place(fab, x1: W - 216, x2: W - 48, y: footerTop - 216, depth: 1, clip: (0, Self.height), fab: true)
        }
        if let toast = input.state.toast {
            add(UINode(className: "android.widget.TextView", resourceID: "android:id/message", text: toast, package: "android",
                       bounds: Rect(x1: 180, y1: bottom - 360, x2: W - 180, y2: bottom - 240), depth: 1))
        }
        if input.state.keyboard { keyboard(top: bottom) }
        navigationBar()
        var modal: (box: Rect, first: Int)?
        if let overlay = input.state.overlay {
            let first = nodes.count
            modal = (OverlayLayout.place(overlay, into: &nodes, state: input.state, notifications: input.notifications), first)
        }
        return LaidOutScreen(nodes: nodes, scroll: scroll, fields: fields, submits: submits, modal: modal)
    }

    // MARK: System bars

    private mutating func statusBar() {
        add(UINode(className: "android.widget.FrameLayout", resourceID: "\(Self.systemPackage):id/status_bar", package: Self.systemPackage,
                   bounds: Rect(x1: 0, y1: 0, x2: Self.width, y2: Self.statusBar), depth: 1))
        add(UINode(className: "android.widget.TextView", resourceID: "\(Self.systemPackage):id/clock", text: PhoneClock.time(input.state.clock.now),
                   package: Self.systemPackage, bounds: Rect(x1: 48, y1: 12, x2: 240, y2: 72), depth: 2))
        add(UINode(className: "android.widget.ImageView", resourceID: "\(Self.systemPackage):id/battery", contentDesc: "Battery 86 percent",
                   package: Self.systemPackage, bounds: Rect(x1: 936, y1: 12, x2: 1032, y2: 72), depth: 2))
    }

    private mutating func navigationBar() {
        let top = Self.height - Self.navigationBar
        add(UINode(className: "android.widget.FrameLayout", resourceID: "\(Self.systemPackage):id/navigation_bar_frame",
                   package: Self.systemPackage, bounds: Rect(x1: 0, y1: top, x2: Self.width, y2: Self.height), depth: 1))
        add(UINode(className: "android.widget.ImageButton", resourceID: "\(Self.systemPackage):id/back", contentDesc: "Back",
                   package: Self.systemPackage, bounds: Rect(x1: 180, y1: top, x2: 420, y2: Self.height), flags: [.clickable], depth: 2,
                   action: .system(.back)))
        add(UINode(className: "android.widget.ImageButton", resourceID: "\(Self.systemPackage):id/home", contentDesc: "Home",
                   package: Self.systemPackage, bounds: Rect(x1: 420, y1: top, x2: 660, y2: Self.height), flags: [.clickable], depth: 2,
                   action: .system(.home)))
    }

    private mutating func keyboard(top: Int) {
        let package = "com.google.android.inputmethod.latin"
        add(UINode(className: "android.widget.FrameLayout", resourceID: "\(package):id/keyboard_holder", contentDesc: "Keyboard",
                   package: package, bounds: Rect(x1: 0, y1: top, x2: Self.width, y2: top + Self.keyboard), depth: 1))
        add(UINode(className: "android.widget.ImageButton", resourceID: "\(package):id/key_hide", contentDesc: "Hide keyboard",
                   package: package, bounds: Rect(x1: 0, y1: top, x2: 168, y2: top + 120), flags: [.clickable], depth: 2,
                   action: .system(.hideKeyboard)))
        add(UINode(className: "android.widget.ImageButton", resourceID: "\(package):id/key_enter", contentDesc: "Enter",
                   package: package, bounds: Rect(x1: 864, y1: top + 696, x2: 1056, y2: top + 816), flags: [.clickable], depth: 2,
                   action: .system(.enter)))
    }

    private mutating func appBar(_ screen: Screen, y: Int) {
        let package = input.package
        add(UINode(className: "android.view.ViewGroup", resourceID: "\(package):id/toolbar", package: package,
                   bounds: Rect(x1: 0, y1: y, x2: Self.width, y2: y + Self.appBar), depth: 1))
        var left = 48
        if input.canGoUp {
            add(UINode(className: "android.widget.ImageButton", contentDesc: "Navigate up", package: package,
                       bounds: Rect(x1: 0, y1: y, x2: 168, y2: y + Self.appBar), flags: [.clickable], depth: 2, action: .app(.back)))
            left = 192
        }
        var right = Self.width
        var placed: [(Widget, Int, Int)] = []
        for action in screen.actions.reversed() {
            let w: Int
            if case .button(let label, _, _, _) = action { w = max(216, 48 + label.count * 30) } else { w = 144 }
            placed.append((action, right - w, right))
            right -= w
        }
        add(UINode(className: "android.widget.TextView", resourceID: "\(package):id/title", text: screen.title, package: package,
                   bounds: Rect(x1: left, y1: y + 36, x2: max(left + 48, right - 24), y2: y + 132), depth: 2))
        for (action, x1, x2) in placed.reversed() {
            place(action, x1: x1, x2: x2, y: y + 12, depth: 2, clip: (y, y + Self.appBar), bar: true)
        }
    }

    // MARK: Body

    private mutating func body(_ screen: Screen, top: Int, bottom: Int) -> ScrollInfo? {
        let inner = Self.width - 2 * Self.margin
        let heights = screen.body.map { Self.height(of: $0, width: inner) }
        let content = heights.reduce(0, +)
        let viewport = Rect(x1: 0, y1: top, x2: Self.width, y2: max(top, bottom))
        let maxOffset = max(0, content - viewport.y2 + viewport.y1)
        let offset = min(max(0, input.entry.scroll ?? (screen.startsAtEnd ? maxOffset : 0)), maxOffset)
        var flags: NodeFlags = []
        if maxOffset > 0 { flags.insert(.scrollable) }
        add(UINode(className: "androidx.recyclerview.widget.RecyclerView", resourceID: "\(input.package):id/\(screen.bodyID)",
                   package: input.package, bounds: viewport, flags: flags, depth: 1))
        var y = top - offset
        for (widget, h) in zip(screen.body, heights) {
            if y + h > top && y < bottom {
                place(widget, x1: Self.margin, x2: Self.width - Self.margin, y: y, depth: 2, clip: (top, bottom))
            } else {
                // Off screen: not drawn, but its fields still hold values a command reads.
                record(widget)
            }
            y += h
        }
        return ScrollInfo(offset: offset, maxOffset: maxOffset, viewport: viewport)
    }

    /// Fixed heights: what makes the layout deterministic and cheap.
    static func height(of widget: Widget, width: Int) -> Int {
        switch widget {
        case .text(let text, _, let style):
            switch style {
            case .title: return 144
            case .caption: return 72
            case .body: return 36 + 60 * lines(text, width: width)
            }
        case .button, .icon, .toggle, .checkbox: return 168
        case .field(let field): return field.kind == .multiline ? 360 : 192
        case .row(let row): return row.subtitle.isEmpty ? 144 : 192
        case .picker: return 192
        case .section: return 96
        case .hstack(let items): return items.map { height(of: $0, width: width / max(1, items.count)) }.max() ?? 0
        case .grid(let columns, let items): return (items.count + columns - 1) / max(1, columns) * 264
        case .tile: return 264
        }
    }

    /// Lines of body text at 24 pixels a character, at most 12 (the rest is cut, as a
    /// TextView with maxLines does).
    static func lines(_ text: String, width: Int) -> Int {
        let perLine = max(1, width / 24)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += max(1, (paragraph.count + perLine - 1) / perLine)
        }
        return min(12, max(1, lines))
    }

    /// Records a field's value without drawing it.
    private mutating func record(_ widget: Widget) {
        switch widget {
        case .field(let field):
            fields[field.id] = input.entry.fields[field.id] ?? field.value
            if let submit = field.submit { submits[field.id] = submit }
        case .picker(_, let id, let value, _):
            fields[id] = input.entry.fields[id] ?? value
        case .hstack(let items), .grid(_, let items):
            for item in items { record(item) }
        default: break
        }
    }

    private mutating func place(_ widget: Widget, x1: Int, x2: Int, y: Int, depth: Int, clip: (Int, Int), fab: Bool = false, bar: Bool = false) {
        let package = input.package
        func id(_ name: String?) -> String { name.map { "\(package):id/\($0)" } ?? "" }
        let h = bar ? 144 : Self.height(of: widget, width: x2 - x1)
        func box(_ inset: Int = 12) -> Rect { Rect(x1: x1, y1: y + inset, x2: x2, y2: y + h - inset).clipped(top: clip.0, bottom: clip.1) }
        func node(_ className: String, _ bounds: Rect, depth d: Int = depth) -> UINode {
            UINode(className: className, package: package, bounds: bounds, depth: d)
        }
        switch widget {
        case .text(let text, let name, let style):
            var n = node("android.widget.TextView", box(style == .body ? 18 : 12))
            n.resourceID = id(name)
            n.text = text
            addClipped(n)
        case .button(let label, let name, let tap, let enabled):
            var n = node("android.widget.Button", box())
            n.resourceID = id(name)
            n.text = label
            n.flags = enabled ? [.clickable, .focusable] : [.clickable, .disabled]
            n.action = .app(tap)
            addClipped(n)
        case .icon(let description, let name, let tap, let enabled):
            var n = node(fab ? "com.google.android.material.floatingactionbutton.FloatingActionButton" : "android.widget.ImageButton",
                         fab || bar ? box(0) : Rect(x1: x1, y1: y + 12, x2: x1 + 144, y2: y + 156).clipped(top: clip.0, bottom: clip.1))
            n.resourceID = id(name)
            n.contentDesc = description
            n.flags = enabled ? [.clickable, .focusable] : [.clickable, .disabled]
            n.action = .app(tap)
            addClipped(n)
        case .field(let field):
            let value = input.entry.fields[field.id] ?? field.value
            fields[field.id] = value
            if let submit = field.submit { submits[field.id] = submit }
            var n = node("android.widget.EditText", box())
            n.resourceID = id(field.id)
            n.text = value
            n.hint = field.hint
            n.field = field.id
            n.flags = [.clickable, .focusable]
            if field.kind == .password { n.flags.insert(.password) }
            if input.state.focus == field.id { n.flags.insert(.focused) }
            addClipped(n)
        case .toggle(let label, let name, let on, let tap, let enabled), .checkbox(let label, let name, let on, let tap, let enabled):
            let isSwitch: Bool
            if case .toggle = widget { isSwitch = true } else { isSwitch = false }
            var n = node(isSwitch ? "android.widget.Switch" : "android.widget.CheckBox", box())
            n.resourceID = id(name)
            n.text = label
            n.flags = [.clickable, .focusable, .checkable]
            if on { n.flags.insert(.checked) }
            if !enabled { n.flags.insert(.disabled) }
            n.action = .app(tap)
            addClipped(n)
        case .row(let row):
            var n = node("android.widget.LinearLayout", box(0))
            n.resourceID = id(row.id)
            n.contentDesc = row.title
            if row.tap != nil { n.flags.insert(.clickable) }
            if row.longPress != nil { n.flags.insert(.longClickable) }
            if row.selected { n.flags.insert(.selected) }
            n.action = row.tap.map(NodeAction.app)
            n.longAction = row.longPress.map(NodeAction.app)
            guard addClipped(n) else { return }
            if !row.subtitle.isEmpty {
                var sub = node("android.widget.TextView", Rect(x1: x1 + 24, y1: y + 102, x2: x2 - 264, y2: y + 162).clipped(top: clip.0, bottom: clip.1), depth: depth + 1)
                sub.resourceID = id(row.id + "_subtitle")
                sub.text = row.subtitle
                addClipped(sub)
            }
            if !row.detail.isEmpty {
                var detail = node("android.widget.TextView", Rect(x1: x2 - 240, y1: y + 36, x2: x2, y2: y + 96).clipped(top: clip.0, bottom: clip.1), depth: depth + 1)
                detail.resourceID = id(row.id + "_detail")
                detail.text = row.detail
                addClipped(detail)
            }
        case .picker(let label, let name, let value, let tap):
            let shown = input.entry.fields[name] ?? value
            fields[name] = shown
            var n = node("android.widget.Spinner", box())
            n.resourceID = id(name)
            n.contentDesc = label
            n.text = shown
            n.flags = [.clickable, .focusable]
            n.action = .app(tap)
            addClipped(n)
        case .section(let title):
            var n = node("android.widget.TextView", box(18))
            n.resourceID = id("section")
            n.text = title
            addClipped(n)
        case .hstack(let items):
            guard !items.isEmpty else { return }
            let w = (x2 - x1) / items.count
            for (i, item) in items.enumerated() {
                place(item, x1: x1 + i * w, x2: x1 + (i + 1) * w - (i < items.count - 1 ? 24 : 0), y: y, depth: depth, clip: clip)
            }
        case .grid(let columns, let items):
            let grid = node("android.widget.GridView", box(0))
            guard addClipped(grid) else {
                for item in items { record(item) }
                return
            }
            let w = (x2 - x1) / max(1, columns)
            for (i, item) in items.enumerated() {
                let cx = x1 + (i % columns) * w
                let cy = y + (i / columns) * 264
                if cy + 264 > clip.0 && cy < clip.1 {
                    place(item, x1: cx, x2: cx + w, y: cy, depth: depth + 1, clip: clip)
                } else {
                    record(item)
                }
            }
        case .tile(let label, let name, let tap, let selected):
            var n = node("android.widget.TextView", box(12))
            n.resourceID = id(name)
            n.text = label
            n.contentDesc = label
            n.flags = [.clickable, .focusable]
            if selected { n.flags.insert(.selected) }
            n.action = .app(tap)
            addClipped(n)
        }
    }

    /// Adds a node when some of it is on screen; says whether it did.
    @discardableResult
    private mutating func addClipped(_ node: UINode) -> Bool {
        guard !node.bounds.isEmpty else { return false }
        add(node)
        return true
    }

    private mutating func add(_ node: UINode) {
        nodes.append(node)
    }
}
