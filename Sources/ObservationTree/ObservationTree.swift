/// An observation: the nodes of one page or screen, flat and in document order.
public struct ObservationTree: Sendable, Equatable {
    /// Nodes in document order; `nodes[0]` is the root.
    public var nodes: [ObservationNode]

    public init(nodes: [ObservationNode]) {
        self.nodes = nodes
    }

    public var root: ObservationNode? { nodes.first }

    /// Indices of the direct children of the node at `index`.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var i = index + 1
        let end = nodes[index].subtreeEnd
        while i < end {
            result.append(i)
            i = nodes[i].subtreeEnd
        }
        return result
    }

    /// The index of the node with this stable id.
    public func index(ofID id: String) -> Int? {
        nodes.firstIndex(where: { $0.id == id })
    }

    public subscript(id id: String) -> ObservationNode? {
        index(ofID: id).map { nodes[$0] }
    }
}
