/// An observation: the nodes of one page or screen, flat and in document order.
public struct ObservationTree: Sendable, Equatable {
    /// Nodes in document order; `nodes[0]` is the root.
    public var nodes: [ObservationNode]
    /// Named form controls the agent cannot see (`type=hidden`, or inside hidden
    /// content) but a browser still submits: CSRF tokens, SKUs, step markers.
    public var hiddenFields: [HiddenField]

    public init(nodes: [ObservationNode], hiddenFields: [HiddenField] = []) {
        self.nodes = nodes
        self.hiddenFields = hiddenFields
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

/// A form field that is submitted but never shown.
public struct HiddenField: Sendable, Equatable {
    /// Stable id of the form it belongs to, if any.
    public var formID: String?
    public var name: String
    public var value: String
    /// How many nodes precede it in document order: where it sits among the
    /// visible fields when the form's data set is built.
    public var position: Int

    public init(formID: String?, name: String, value: String, position: Int) {
        self.formID = formID
        self.name = name
        self.value = value
        self.position = position
    }
}
