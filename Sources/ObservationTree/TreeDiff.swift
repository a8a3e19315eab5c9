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

    /// For each node of `removed`: nil when its parent was removed too, else how many
    /// removed nodes its subtree holds besides itself. A page left behind prints as a few
    /// subtree roots, not hundreds of lines.
    private var removedInside: [Int?]
    /// For each node of `added`: how many of its ancestors were added too, so a new subtree
    /// prints indented under its root.
    private var addedDepth: [Int]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares `before` and `after`. Results are in document order of the tree
    /// they come from (`removed` from `before`, the rest from `after`).
    public init(from before: ObservationTree, to after: ObservationTree) {
        var beforeByID: [String: Int] = [:]
        beforeByID.reserveCapacity(before.nodes.count)
        for (index, node) in before.nodes.enumerated() { beforeByID[node.id] = index }
        var seen = Set<String>()
        added = []
        addedDepth = []
        changed = []
        var addedDepthAt: [Int: Int] = [:]
        for (index, node) in after.nodes.enumerated() {
            seen.insert(node.id)
            guard let old = beforeByID[node.id].map({ before.nodes[$0] }) else {
                let depth = addedDepthAt[node.parent].map { $0 + 1 } ?? 0
                addedDepthAt[index] = depth
                added.append(node)
                addedDepth.append(depth)
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
        var removedIndices: [Int] = []
        var rootOf: [Int: Int] = [:]  // index in `before` → position of its removed subtree's root in `removed`
        removedInside = []
        for (index, node) in before.nodes.enumerated() where !seen.contains(node.id) {
            if let root = rootOf[node.parent] {
                rootOf[index] = root
                removedInside[root]! += 1
                removedInside.append(nil)
            } else {
                rootOf[index] = removedInside.count
                removedInside.append(0)
            }
            removedIndices.append(index)
        }
        removed = removedIndices.map { before.nodes[$0] }
    }

    /// `-`, `+` and `~` lines in the text format: each removed subtree as its root with the
    /// count of nodes inside, each added node indented under the added nodes around it, and
    /// each changed node as it is now.
    public var text: String {
        var out: [UInt8] = []
        for (index, var node) in removed.enumerated() {
            guard let inside = removedInside[index] else { continue }
            node.depth = 0
            out.append(contentsOf: "- ".utf8)
            TextRenderer.appendLine(node, to: &out)
            if inside > 0 {
                if out.last == 10 { out.removeLast() }
                out.append(contentsOf: " (and \(inside) inside)\n".utf8)
            }
        }
        for (index, var node) in added.enumerated() {
            node.depth = addedDepth[index]
            out.append(contentsOf: "+ ".utf8)
            TextRenderer.appendLine(node, to: &out)
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
