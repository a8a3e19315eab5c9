import Foundation
import ObservationTree

/// One loaded document and everything held client-side about it: typed text,
/// checked boxes and selected options live in the tree itself (values and
/// states), so what the agent sees is exactly what a submit sends.
public struct Page: Sendable {
    public var url: WebURL
    public var status: Int
    public var tree: ObservationTree
    /// First node of the rendered window: scrolling moves it.
    public var firstNode = 0
    /// The real text of password fields, whose tree values are masked.
    var secrets: [Int: String] = [:]
    var focused: Int?

    public init(url: WebURL, status: Int, tree: ObservationTree) {
        self.url = url
        self.status = status
        self.tree = tree
        focused = tree.nodes.firstIndex { $0.states.contains(.focused) }
    }

    public var title: String { tree.root?.name ?? "" }

    mutating func focus(_ index: Int?) {
        if let old = focused { tree.nodes[old].states.remove(.focused) }
        focused = index
        if let index { tree.nodes[index].states.insert(.focused) }
    }

    /// The `input` type of a node, lower-cased, or "" for other elements.
    func inputType(_ index: Int) -> String {
        guard let source = tree.nodes[index].source, source.tag == "input" else { return "" }
        return (source["type"] ?? "text").lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func isSubmitButton(_ index: Int) -> Bool {
        guard let source = tree.nodes[index].source else { return false }
        switch source.tag {
        case "button": return (source["type"] ?? "submit").lowercased() == "submit"
        case "input": return inputType(index) == "submit" || inputType(index) == "image"
        default: return false
        }
    }

    /// The index of the `<select>` that owns an option node.
    func selectOwning(_ option: Int) -> Int? {
        var parent = tree.nodes[option].parent
        while parent >= 0 {
            if tree.nodes[parent].source?.tag == "select" { return parent }
            parent = tree.nodes[parent].parent
        }
        return nil
    }

    /// Option nodes of a select, in order.
    public func options(of select: Int) -> [Int] {
        (select + 1..<tree.nodes[select].subtreeEnd).filter { tree.nodes[$0].role == .option }
    }

    /// The radio buttons of a radio's group (same `name`, same form), in page order, itself included.
    public func radioGroup(of radio: Int) -> [Int] {
        let name = tree.nodes[radio].source?["name"]
        let form = tree.nodes[radio].source?.formID
        return tree.nodes.indices.filter {
            $0 == radio || (tree.nodes[$0].role == .radio && tree.nodes[$0].source?["name"] == name && tree.nodes[$0].source?.formID == form)
        }
    }

    /// Chooses an option, clearing the others unless the list is multi-select.
    mutating func choose(_ option: Int, in select: Int) {
        let multiple = tree.nodes[select].states.contains(.multiselectable)
        for other in options(of: select) where !multiple {
            tree.nodes[other].states.remove(.selected)
        }
        tree.nodes[option].states.insert(.selected)
        if tree.nodes[select].role == .combobox {
            tree.nodes[select].value = tree.nodes[option].name
        }
    }

    /// Sets a field's text; passwords keep the real text aside and show bullets.
    mutating func setText(_ text: String, at index: Int) {
        if inputType(index) == "password" {
            secrets[index] = text
            tree.nodes[index].value = String(repeating: "•", count: text.count)
        } else {
            tree.nodes[index].value = text
        }
    }
}
