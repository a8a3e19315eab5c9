/// The screen as an HTML phone for people (`gauntlet serve phone`): every node at its
/// bounds, scaled to a third, and every control a form that posts the same operation an
/// agent's action becomes, so the page and the XML always show the same screen. No JavaScript.
struct PhonePage {
    let screen: LaidOutScreen
    let location: String
    let error: String?
    /// Where the forms post (`/act?view=html`, with the sandbox's base path).
    let action: String
    let xml: String

    static let scale = 3

    func html() -> String {
        var out = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Phone · \(escape(location))</title><style>
            body{font-family:Roboto,Arial,sans-serif;background:#e8eaed;margin:0;padding:24px;display:flex;gap:32px}
            .phone{position:relative;width:360px;height:800px;background:#fff;border:12px solid #202124;border-radius:36px;overflow:hidden}
            .n{position:absolute;box-sizing:border-box;overflow:hidden;font-size:13px;line-height:1.25}
            .n form{margin:0;width:100%;height:100%}
            .n button{width:100%;height:100%;border:0;background:transparent;font:inherit;text-align:left;padding:2px 6px;cursor:pointer}
            .n button:disabled{color:#9aa0a6;cursor:default}
            .bar{background:#f1f3f4}.status{background:#202124;color:#fff}.nav{background:#202124}
            .nav button{color:#fff;text-align:center}.btn button{background:#1a73e8;color:#fff;border-radius:16px;text-align:center}
            .fab button{background:#c2e7ff;border-radius:16px;text-align:center}
            .row{border-bottom:1px solid #e0e0e0}.sel{background:#d3e3fd}.title{font-size:18px;font-weight:500}
            .field input{width:100%;height:100%;box-sizing:border-box;border:1px solid #80868b;border-radius:4px;padding:2px 6px;font:inherit}
            .focused input{border:2px solid #1a73e8}
            .overlay{background:#fff;box-shadow:0 4px 24px rgba(0,0,0,.35);border-radius:12px}
            .scrim{position:absolute;inset:0;background:rgba(0,0,0,.32)}
            .kbd{background:#e8eaed;font-size:0}.toast{background:#303030;color:#fff;border-radius:16px;text-align:center}
            .controls form{margin:0 0 8px}.error{color:#b3261e;max-width:360px}
            .sys,.sys button{color:#fff;white-space:nowrap}.battery{font-size:0}
            .battery::after{content:"";display:block;width:20px;height:10px;margin:4px 0 0 auto;border:2px solid #fff;border-radius:3px;background:linear-gradient(90deg,#fff 86%,transparent 86%)}
            .icon button{text-align:center;font-size:22px}
            .row button{display:flex;align-items:flex-start;padding-top:8px;font-size:14px}
            .app button{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font-size:12px}
            .app button::before{content:"";width:44px;height:44px;border-radius:50%;background:#1a73e8;margin-bottom:6px}
            </style></head><body><div class="phone">
            """
        var overlayStarted = false
        for (index, node) in screen.nodes.enumerated() where node.depth > 0 {
            if let modal = screen.modal, index == modal.first, !overlayStarted {
                out += "<div class=\"scrim\"></div>"
                overlayStarted = true
            }
            out += element(node)
        }
        out += "</div><div class=\"controls\"><p><b>\(escape(location))</b></p>"
        if let error { out += "<p class=\"error\" role=\"alert\">\(escape(error))</p>" }
        for (label, fields) in [("Scroll up", "op=scroll&direction=up"), ("Scroll down", "op=scroll&direction=down"),
                                ("Swipe down (notifications)", "op=swipe&direction=down"), ("Swipe up", "op=swipe&direction=up"),
                                ("Keyboard Enter", "op=enter"), ("Wait", "op=wait")] {
            out += form(fields) + "<button>\(label)</button></form>"
        }
        out += "<form method=\"post\" action=\"\(escape(action))\"><input type=\"hidden\" name=\"op\" value=\"open_app\">"
            + "<input name=\"app\" aria-label=\"App\" placeholder=\"App name\"> <button>Open app</button></form>"
        out += "<p><a href=\"\(escape(xml))\">uiautomator XML</a></p></div></body></html>"
        return out
    }

    private func element(_ node: UINode) -> String {
        let b = node.bounds, s = Self.scale
        let style = "left:\(b.x1 / s)px;top:\(b.y1 / s)px;width:\((b.x2 - b.x1) / s)px;height:\((b.y2 - b.y1) / s)px"
        var classes = ["n"]
        let short = node.className.split(separator: ".").last.map(String.init) ?? ""
        if node.resourceID.hasSuffix(":id/toolbar") { classes.append("bar") }
        if node.resourceID.hasSuffix(":id/status_bar") { classes.append("status") }
        if node.resourceID.hasSuffix(":id/navigation_bar_frame") { classes.append("nav") }
        if node.resourceID.hasSuffix(":id/keyboard_holder") { classes.append("kbd") }
        // The status and navigation bars are dark: their clock, battery and buttons are drawn light.
        let inBar = node.bounds.y2 <= LayoutEngine.statusBar || node.bounds.y1 >= LayoutEngine.height - LayoutEngine.navigationBar
        if node.depth == 2 && node.package == LayoutEngine.systemPackage && inBar { classes.append("sys") }
        if node.resourceID.hasSuffix(":id/battery") { classes.append("battery") }
        if node.package.hasSuffix("." + LauncherApp.appID) && node.flags.contains(.clickable) && short == "TextView" { classes.append("app") }
        if node.resourceID == "android:id/message" && node.package == "android" && node.depth == 1 { classes.append("toast") }
        if node.depth == 1 && (node.package == "android" || node.resourceID.hasSuffix("notification_shade")) && node.resourceID != "android:id/message" {
            classes.append("overlay")
        }
        if short == "Button" { classes.append("btn") }
        if short == "FloatingActionButton" { classes.append("fab") }
        if short == "LinearLayout" { classes.append("row") }
        if node.flags.contains(.selected) { classes.append("sel") }
        if node.resourceID.hasSuffix(":id/title") || node.resourceID.hasSuffix(":id/alertTitle") { classes.append("title") }
        let label = [node.text, node.contentDesc].first { !$0.isEmpty } ?? ""
        var inner = ""
        if let field = node.field {
            classes.append("field")
            if node.flags.contains(.focused) { classes.append("focused") }
            let (x, y) = node.bounds.center
            inner = form("op=input&x=\(x)&y=\(y)")
                + "<input name=\"text\" aria-label=\"\(escape(node.hint))\" placeholder=\"\(escape(node.text.isEmpty ? node.hint : node.text))\""
                + " data-field=\"\(escape(field))\"\(node.flags.contains(.password) ? " type=\"password\"" : "")></form>"
        } else if node.action != nil || node.longAction != nil || node.flags.contains(.clickable) {
            let (x, y) = node.bounds.center
            let glyph = short == "ImageButton" ? Self.glyphs[label] : nil
            if glyph != nil { classes.append("icon") }
            var text = escape(glyph ?? label)
            if node.flags.contains(.checkable) { text = (node.flags.contains(.checked) ? "☑ " : "☐ ") + text }
            inner = form("op=tap&x=\(x)&y=\(y)")
                + "<button\(node.enabled ? "" : " disabled") aria-label=\"\(escape(label))\">\(text)</button></form>"
        } else if !label.isEmpty {
            inner = escape(label)
        }
        return "<div class=\"\(classes.joined(separator: " "))\" style=\"\(style)\" data-id=\"\(escape(node.resourceID))\">\(inner)</div>"
    }

    /// What an icon button shows where a phone draws a well-known icon; others show their description.
    private static let glyphs = ["Navigate up": "←", "More options": "⋮", "Back": "◀", "Home": "●", "Hide keyboard": "▾", "Enter": "↵",
                                 "Previous month": "‹", "Next month": "›"]

    /// A form posting `fields` (`name=value&…`, plain ASCII) as hidden inputs.
    private func form(_ fields: String) -> String {
        var out = "<form method=\"post\" action=\"\(escape(action))\">"
        for pair in fields.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            out += "<input type=\"hidden\" name=\"\(parts[0])\" value=\"\(parts.count > 1 ? String(parts[1]) : "")\">"
        }
        return out
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
