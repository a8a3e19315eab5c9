import Vocabulary

/// Renders a tree as JSON with every property, nested by `children`.
///
/// Hand-written rather than `JSONEncoder`: it runs on every step, and writing bytes
/// directly is several times faster (SWIFT-NOTES.md). Keys come in a fixed order
/// and absent properties are omitted, so the same tree gives the same bytes.
public enum JSONRenderer {
    public static func render(_ tree: ObservationTree) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tree.nodes.count * 96)
        guard !tree.nodes.isEmpty else { return "null" }
        // Explicit stack: a deep tree must not recurse.
        var open: [Int] = []
        var index = 0
        while index < tree.nodes.count {
            while let last = open.last, tree.nodes[last].subtreeEnd <= index {
                out.append(contentsOf: "]}".utf8)
                open.removeLast()
            }
            if let last = open.last, index > last + 1 { out.append(UInt8(ascii: ",")) }
            let node = tree.nodes[index]
            writeFields(node, to: &out)
            if node.subtreeEnd > index + 1 {
                out.append(contentsOf: ",\"children\":[".utf8)
                open.append(index)
            } else {
                out.append(UInt8(ascii: "}"))
            }
            index += 1
        }
        while !open.isEmpty {
            out.append(contentsOf: "]}".utf8)
            open.removeLast()
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func writeFields(_ node: ObservationNode, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"id\":".utf8)
        JSONWriter.appendQuoted(node.id, to: &out)
        out.append(contentsOf: ",\"role\":".utf8)
        JSONWriter.appendQuoted(node.role.rawValue, to: &out)
        out.append(contentsOf: ",\"name\":".utf8)
        JSONWriter.appendQuoted(node.name, to: &out)
        if let value = node.value {
            out.append(contentsOf: ",\"value\":".utf8)
            JSONWriter.appendQuoted(value, to: &out)
        }
        if let level = node.level {
            out.append(contentsOf: ",\"level\":\(level)".utf8)
        }
        let words = node.states.words + node.customStates
        if !words.isEmpty {
            out.append(contentsOf: ",\"states\":[".utf8)
            for (i, word) in words.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.appendQuoted(word, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        if let href = node.href {
            out.append(contentsOf: ",\"href\":".utf8)
            JSONWriter.appendQuoted(href, to: &out)
        }
        if let b = node.bounds {
            out.append(contentsOf: ",\"bounds\":[\(b.x1),\(b.y1),\(b.x2),\(b.y2)]".utf8)
        }
        if let source = node.source {
            out.append(contentsOf: ",\"tag\":".utf8)
            JSONWriter.appendQuoted(source.tag, to: &out)
            if let form = source.formID {
                out.append(contentsOf: ",\"form\":".utf8)
                JSONWriter.appendQuoted(form, to: &out)
            }
            if !source.attributes.isEmpty {
                out.append(contentsOf: ",\"attributes\":{".utf8)
                for (i, attribute) in source.attributes.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    JSONWriter.appendQuoted(attribute.name, to: &out)
                    out.append(UInt8(ascii: ":"))
                    JSONWriter.appendQuoted(attribute.value, to: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        }
    }

}

extension ObservationTree {
    /// The JSON form of the tree: every property, nested by `children`.
    public var json: String { JSONRenderer.render(self) }
}
