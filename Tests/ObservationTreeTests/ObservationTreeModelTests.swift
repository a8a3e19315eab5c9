import Testing
@testable import ObservationTree

@Suite struct ObservationTreeModelTests {
    @Test func childrenFollowSubtreeEnds() {
        let tree = ObservationTree(nodes: [
            ObservationNode(id: "1", role: .rootWebArea, depth: 0, parent: -1, subtreeEnd: 4),
            ObservationNode(id: "2", role: .list, depth: 1, parent: 0, subtreeEnd: 3),
            ObservationNode(id: "3", role: .listitem, depth: 2, parent: 1, subtreeEnd: 3),
            ObservationNode(id: "4", role: .button, name: "Go", depth: 1, parent: 0, subtreeEnd: 4),
        ])
        #expect(tree.children(of: 0) == [1, 3])
        #expect(tree.children(of: 1) == [2])
        #expect(tree[id: "4"]?.name == "Go")
        #expect(tree[id: "9"] == nil)
    }
}
