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
        writeString(node.id, to: &out)
        out.append(contentsOf: ",\"role\":".utf8)
        writeString(node.role.rawValue, to: &out)
        out.append(contentsOf: ",\"name\":".utf8)
        writeString(node.name, to: &out)
        if let value = node.value {
            out.append(contentsOf: ",\"value\":".utf8)
            writeString(value, to: &out)
        }
        if let level = node.level {
            out.append(contentsOf: ",\"level\":\(level)".utf8)
        }
        let words = node.states.words + node.customStates
        if !words.isEmpty {
            out.append(contentsOf: ",\"states\":[".utf8)
            for (i, word) in words.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(word, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        if let href = node.href {
            out.append(contentsOf: ",\"href\":".utf8)
            writeString(href, to: &out)
        }
        if let b = node.bounds {
            out.append(contentsOf: ",\"bounds\":[\(b.x1),\(b.y1),\(b.x2),\(b.y2)]".utf8)
        }
        if let source = node.source {
            out.append(contentsOf: ",\"tag\":".utf8)
            writeString(source.tag, to: &out)
            if let form = source.formID {
                out.append(contentsOf: ",\"form\":".utf8)
                writeString(form, to: &out)
            }
            if !source.attributes.isEmpty {
                out.append(contentsOf: ",\"attributes\":{".utf8)
                for (i, attribute) in source.attributes.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    writeString(attribute.name, to: &out)
                    out.append(UInt8(ascii: ":"))
                    writeString(attribute.value, to: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
        }
    }

    static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 10: out.append(contentsOf: "\\n".utf8)
            case 13: out.append(contentsOf: "\\r".utf8)
            case 9: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension ObservationTree {
    /// The JSON form of the tree: every property, nested by `children`.
    public var json: String { JSONRenderer.render(self) }
}
