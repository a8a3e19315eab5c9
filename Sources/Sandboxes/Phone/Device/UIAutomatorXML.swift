import ObservationTree

/// Writes a laid-out screen as `uiautomator dump` does: `<hierarchy>` of nested `<node>`s with
/// the attributes in uiautomator's order. One walk feeds both the XML's bytes and the
/// observation tree (`XMLElements`), so the tree is the one the XML reads as, without
/// writing it out and parsing it back. Bytes only, no Foundation, so it is fast and the
/// same everywhere.
enum UIAutomatorXML {
    static func write(_ screen: LaidOutScreen) -> [UInt8] {
        var bytes = Bytes()
        bytes.out.reserveCapacity(screen.nodes.count * 320)
        bytes.out.append(contentsOf: "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>".utf8)
        walk(screen, into: &bytes)
        return bytes.out
    }

    /// The observation tree of the XML `write` gives; nil when a value would not read back
    /// as written (`XMLElements`), and the XML must be parsed instead.
    static func tree(_ screen: LaidOutScreen) -> ObservationTree? {
        var elements = XMLElements(expectedBytes: screen.nodes.count * 320)
        walk(screen, into: &elements)
        return elements.tree()
    }

    private static func walk<Sink: UIAutomatorSink>(_ screen: LaidOutScreen, into sink: inout Sink) {
        sink.open("hierarchy")
        sink.attribute("rotation", "0")
        // The index of each node among its siblings, and the open elements.
        var siblings: [Int] = [0]
        var open = 0
        for node in screen.nodes {
            while open > node.depth {
                sink.close("node")
                open -= 1
                siblings.removeLast()
            }
            let index = siblings[siblings.count - 1]
            siblings[siblings.count - 1] += 1
            element(node, index: index, into: &sink)
            siblings.append(0)
            open += 1
        }
        while open > 0 {
            sink.close("node")
            open -= 1
        }
        sink.close("hierarchy")
    }

    private static func element<Sink: UIAutomatorSink>(_ node: UINode, index: Int, into sink: inout Sink) {
        func flag(_ name: String, _ on: Bool) { sink.attribute(name, on ? "true" : "false") }
        sink.open("node")
        sink.attribute("index", String(index))
        sink.attribute("text", node.text)
        sink.attribute("resource-id", node.resourceID)
        sink.attribute("class", node.className)
        sink.attribute("package", node.package)
        sink.attribute("content-desc", node.contentDesc)
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
        if !node.hint.isEmpty { sink.attribute("hint", node.hint) }
        sink.attribute("bounds", node.bounds.uiautomator)
    }

    /// The XML's text: every element is written `<tag attributes>…</tag>`, never self-closed.
    private struct Bytes: UIAutomatorSink {
        var out: [UInt8] = []
        /// A start tag is begun and waits for its `>`.
        var inStartTag = false

        mutating func open(_ tag: String) {
            endStartTag()
            out.append(0x3C)
            out.append(contentsOf: tag.utf8)
            inStartTag = true
        }

        mutating func attribute(_ name: String, _ value: String) {
            out.append(0x20)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "=\"".utf8)
            UIAutomatorXML.escape(value, into: &out)
            out.append(0x22)
        }

        mutating func close(_ tag: String) {
            endStartTag()
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: tag.utf8)
            out.append(0x3E)
        }

        private mutating func endStartTag() {
            if inStartTag { out.append(0x3E) }
            inStartTag = false
        }
    }

    private static func escape(_ text: String, into out: inout [UInt8]) {
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

/// Where `UIAutomatorXML`'s walk goes: the XML's bytes, or the tree's elements.
private protocol UIAutomatorSink {
    mutating func open(_ tag: String)
    mutating func attribute(_ name: String, _ value: String)
    mutating func close(_ tag: String)
}

extension XMLElements: UIAutomatorSink {
    fileprivate mutating func close(_ tag: String) { close() }
}
