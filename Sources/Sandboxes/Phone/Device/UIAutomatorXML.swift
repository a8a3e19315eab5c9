/// Writes a laid-out screen as `uiautomator dump` does: `<hierarchy>` of nested `<node>`s with
/// the attributes in uiautomator's order. Bytes only, no Foundation, so it is fast and the
/// same everywhere.
enum UIAutomatorXML {
    static func write(_ screen: LaidOutScreen) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(screen.nodes.count * 320)
        out.append(contentsOf: Array("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><hierarchy rotation=\"0\">".utf8))
        // The index of each node among its siblings, and the open elements.
        var siblings: [Int] = [0]
        var open = 0
        for node in screen.nodes {
            while open > node.depth {
                out.append(contentsOf: Array("</node>".utf8))
                open -= 1
                siblings.removeLast()
            }
            let index = siblings[siblings.count - 1]
            siblings[siblings.count - 1] += 1
            element(node, index: index, into: &out)
            siblings.append(0)
            open += 1
        }
        while open > 0 {
            out.append(contentsOf: Array("</node>".utf8))
            open -= 1
        }
        out.append(contentsOf: Array("</hierarchy>".utf8))
        return out
    }

    private static func element(_ node: UINode, index: Int, into out: inout [UInt8]) {
        func attribute(_ name: String, _ value: String) {
            out.append(0x20)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "=\"".utf8)
            escape(value, into: &out)
            out.append(0x22)
        }
        func flag(_ name: String, _ on: Bool) { attribute(name, on ? "true" : "false") }
        out.append(contentsOf: "<node".utf8)
        attribute("index", String(index))
        attribute("text", node.text)
        attribute("resource-id", node.resourceID)
        attribute("class", node.className)
        attribute("package", node.package)
        attribute("content-desc", node.contentDesc)
        let f = node.flags
        flag("checkable", f.contains(.checkable))
        flag("checked", f.contains(.checked))
        flag("clickable", f.contains(.clickable))
        flag("enabled", !f.contains(.disabled))
        flag("focusable", f.contains(.focusable))
        flag("focused", f.contains(.focused))
        flag("scrollable", f.contains(.scrollable))
        flag("long-clickable", f.contains(.longClickable))
        flag("password", f.contains(.password))
        flag("selected", f.contains(.selected))
        if !node.hint.isEmpty { attribute("hint", node.hint) }
        attribute("bounds", node.bounds.uiautomator)
        out.append(0x3E)
    }

    static func escape(_ text: String, into out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x0A: out.append(contentsOf: "&#10;".utf8)
            default: out.append(byte)
            }
        }
    }
}
