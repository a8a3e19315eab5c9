/// A screen after layout: its nodes in pre-order (what the XML and the HTML show), and what
/// the device needs to act on it.
struct LaidOutScreen: Sendable {
    var nodes: [UINode]
    /// The scrolling body, when the screen has one.
    var scroll: ScrollInfo?
    /// Every field of the screen with the value it shows, and its kind of Enter.
    var fields: [String: String]
    var submits: [String: Tap]
    /// The box of the open overlay (touches outside it dismiss it) and the index of its
    /// first node: nothing under an overlay can be touched.
    var modal: (box: Rect, first: Int)?

    /// The node a touch at (x, y) lands on: the last (topmost) enabled or disabled node
    /// that reacts to touch and contains the point, within the overlay when one is open.
    func target(x: Double, y: Double, long: Bool) -> UINode? {
        for node in nodes[(modal?.first ?? 0)...].reversed() where node.bounds.contains(x: x, y: y) {
            if long ? node.longAction != nil : (node.action != nil || node.isEditable) { return node }
            if !long && node.flags.contains(.disabled) && node.flags.contains(.clickable) { return node }
        }
        return nil
    }

    /// What is drawn at (x, y), for errors: the deepest node containing it.
    func topmost(x: Double, y: Double) -> UINode? {
        nodes.last { $0.bounds.contains(x: x, y: y) && $0.depth > 1 }
    }
}

struct ScrollInfo: Sendable {
    var offset: Int
    var maxOffset: Int
    var viewport: Rect
    /// One scroll moves three quarters of the viewport, so a row stays in view across it.
    var step: Int { viewport.y2 > viewport.y1 ? (viewport.y2 - viewport.y1) * 3 / 4 : 0 }
}

