/// A thread's comments as ids and parents, in display order: enough to page the thread and to
/// walk it, without reading any comment's text.
struct ThreadShape {
    struct Node {
        let id: Int
        /// 0 for a top-level comment.
        let parentID: Int
    }

    /// Each comment's replies, in display order, by parent id (0 for the top level).
    private let children: [Int: [Int]]

    /// `nodes` in display order, which every parent's replies keep.
    init(_ nodes: [Node]) {
        children = Dictionary(grouping: nodes, by: \.parentID).mapValues { $0.map(\.id) }
    }

    func replies(to id: Int) -> [Int] {
        children[id] ?? []
    }

    /// `id` and every reply under it, depth first in display order.
    func subtree(_ id: Int) -> [Int] {
        var ids: [Int] = []
        var pending = [id]
        while let next = pending.popLast() {
            ids.append(next)
            pending += replies(to: next).reversed()
        }
        return ids
    }

    /// Splits `top` (top-level comments in display order) into pages of about `size` comments,
    /// counting each comment's replies with it: a page ends before the comment that would take
    /// it past `size`, unless the page is still empty.
    func pages(_ top: [Int], size: Int) -> [Range<Int>] {
        var pages: [Range<Int>] = []
        var start = 0
        var count = 0
        for (index, id) in top.enumerated() {
            let comments = subtree(id).count
            if count > 0 && count + comments > size {
                pages.append(start..<index)
                start = index
                count = 0
            }
            count += comments
        }
        if start < top.count { pages.append(start..<top.count) }
        return pages
    }
}
