/// Renders a tree as accessibility-tree text: one node per line, two spaces of
/// indent per depth, `[id] role 'name'` then properties (docs/observation.md).
///
///     [1] RootWebArea 'Shop'
///       [12] link 'Sneakers'
///       [7] textbox 'Search' value='red shoes' focused
///
/// A long tree is cut at a budget. The window starts at `firstNode`, so paging is
/// `firstNode += shownNodes`. Marker lines say what was left out; they never start
/// with `[`, so they cannot be mistaken for a node.
public struct TextRenderer: Sendable {
    public struct Budget: Sendable, Equatable {
        /// At most this many characters of output, markers excluded.
        public var characters: Int
        /// At most this many nodes.
        public var nodes: Int

        public init(characters: Int = 24_000, nodes: Int = 2_000) {
            self.characters = characters
            self.nodes = nodes
        }

        public static let standard = Budget()
        public static let unlimited = Budget(characters: .max, nodes: .max)
    }

    /// What a render showed, for paging.
    public struct Window: Sendable, Equatable {
        public var firstNode: Int
        public var shownNodes: Int
        public var totalNodes: Int
        public var hasMoreBelow: Bool { firstNode + shownNodes < totalNodes }
    }

    public var budget: Budget
    /// Leave out the `[id]` prefixes: for documentation and for tests that assert
    /// semantics independently of the id scheme.
    public var showIDs: Bool

    public init(budget: Budget = .standard, showIDs: Bool = true) {
        self.budget = budget
        self.showIDs = showIDs
    }

    public func render(_ tree: ObservationTree, firstNode: Int = 0) -> String {
        renderWindow(tree, firstNode: firstNode).text
    }

    public func renderWindow(_ tree: ObservationTree, firstNode: Int = 0) -> (text: String, window: Window) {
        var out: [UInt8] = []
        let total = tree.nodes.count
        let start = min(max(0, firstNode), total)
        out.reserveCapacity(min(budget.characters, total * 40) + 128)
        if start > 0 {
            append("… \(start) nodes above: scroll up to see them\n", to: &out)
        }
        var shown = 0
        var index = start
        while index < total && shown < budget.nodes {
            let before = out.count
            tree.nodes.withUnsafeBufferPointer { Self.appendLine($0[index], showID: showIDs, to: &out) }
            if out.count - before > 0, out.count > budget.characters, shown > 0 {
                out.removeSubrange(before...)
                break
            }
            shown += 1
            index += 1
        }
        let remaining = total - start - shown
        if remaining > 0 {
            append("… \(remaining) more nodes below: scroll down to see them\n", to: &out)
        }
        if out.last == 10 { out.removeLast() }
        return (String(decoding: out, as: UTF8.self), Window(firstNode: start, shownNodes: shown, totalNodes: total))
    }

    /// One node's line, with its trailing newline.
    static func appendLine(_ node: borrowing ObservationNode, showID: Bool = true, to out: inout [UInt8]) {
        for _ in 0..<node.depth { out.append(32); out.append(32) }
        if showID {
            out.append(UInt8(ascii: "["))
            out.append(contentsOf: node.id.utf8)
            out.append(contentsOf: "] ".utf8)
        }
        out.append(contentsOf: node.role.rawValue.utf8)
        if !node.name.isEmpty {
            out.append(contentsOf: " '".utf8)
            appendEscaped(node.name, to: &out)
            out.append(UInt8(ascii: "'"))
        }
        if let value = node.value, !value.isEmpty {
            out.append(contentsOf: " value='".utf8)
            appendEscaped(value, to: &out)
            out.append(UInt8(ascii: "'"))
        }
        if let level = node.level {
            out.append(contentsOf: " level=".utf8)
            out.append(contentsOf: String(level).utf8)
        }
        if !node.states.isEmpty {
            for (state, word) in NodeStates.named where node.states.contains(state) {
                out.append(32)
                out.append(contentsOf: word.utf8)
            }
        }
        for word in node.customStates {
            out.append(32)
            out.append(contentsOf: word.utf8)
        }
        if let bounds = node.bounds {
            out.append(contentsOf: " bounds=[\(bounds.x1),\(bounds.y1)][\(bounds.x2),\(bounds.y2)]".utf8)
        }
        out.append(10)
    }

    /// Keeps every node on one line: newlines and tabs in values become `\n` and `\t`.
    private static func appendEscaped(_ string: String, to out: inout [UInt8]) {
        for byte in string.utf8 {
            switch byte {
            case 10: out.append(contentsOf: "\\n".utf8)
            case 13: out.append(contentsOf: "\\r".utf8)
            case 9: out.append(contentsOf: "\\t".utf8)
            default: out.append(byte)
            }
        }
    }

    private func append(_ string: String, to out: inout [UInt8]) {
        out.append(contentsOf: string.utf8)
    }
}

extension ObservationTree {
    /// The accessibility-tree text of the whole tree, or of a budgeted window of it.
    public func text(budget: TextRenderer.Budget = .unlimited, firstNode: Int = 0, showIDs: Bool = true) -> String {
        TextRenderer(budget: budget, showIDs: showIDs).render(self, firstNode: firstNode)
    }
}
