/// What changed between two observations, by stable id: the basis for sending an
/// agent only what changed since its last step.
public struct TreeDiff: Sendable, Equatable {
    public var added: [ObservationNode]
    public var removed: [ObservationNode]
    /// Nodes present in both whose role, name, value, states, level, href, bounds
    /// or parent changed, as (before, after).
    public var changed: [Change]

    public struct Change: Sendable, Equatable {
        public var before: ObservationNode
        public var after: ObservationNode
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares `before` and `after`. Results are in document order of the tree
    /// they come from (`removed` from `before`, the rest from `after`).
    public init(from before: ObservationTree, to after: ObservationTree) {
        var beforeByID: [String: Int] = [:]
        beforeByID.reserveCapacity(before.nodes.count)
        for (index, node) in before.nodes.enumerated() { beforeByID[node.id] = index }
        var seen = Set<String>()
        added = []
        changed = []
        for node in after.nodes {
            seen.insert(node.id)
            guard let old = beforeByID[node.id].map({ before.nodes[$0] }) else {
                added.append(node)
                continue
            }
            let oldParent = old.parent >= 0 ? before.nodes[old.parent].id : ""
            let newParent = node.parent >= 0 ? after.nodes[node.parent].id : ""
            if old.role != node.role || old.name != node.name || old.value != node.value
                || old.states != node.states || old.customStates != node.customStates
                || old.level != node.level || old.href != node.href || old.bounds != node.bounds
                || oldParent != newParent {
                changed.append(Change(before: old, after: node))
            }
        }
        removed = before.nodes.filter { !seen.contains($0.id) }
    }

    /// `+`, `-` and `~` lines in the text format, depth indents dropped.
    public var text: String {
        var out: [UInt8] = []
        for (marker, nodes) in [("- ", removed), ("+ ", added)] {
            for var node in nodes {
                node.depth = 0
                out.append(contentsOf: marker.utf8)
                TextRenderer.appendLine(node, to: &out)
            }
        }
        for change in changed {
            var node = change.after
            node.depth = 0
            out.append(contentsOf: "~ ".utf8)
            TextRenderer.appendLine(node, to: &out)
        }
        if out.last == 10 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
