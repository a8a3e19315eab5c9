/// One node of an observation tree: something an agent can read or act on.
///
/// Nodes are plain values. A tree stores them flat, in document order, with each
/// node's depth and the index just past its subtree, which keeps parsing,
/// rendering and diffing linear and allocation-light.
public struct ObservationNode: Sendable, Equatable {
    /// Stable id: the same document gives the same id, and an edit elsewhere on the
    /// page leaves it unchanged. See `StableID` for the scheme.
    public var id: String
    public var role: Role
    /// The accessible name, whitespace-collapsed.
    public var name: String
    /// The current value of a field, a slider or a combobox; masked for passwords.
    public var value: String?
    public var states: NodeStates
    /// State words outside ARIA's vocabulary, in the order the screen gave them: a
    /// game object's `hot`, `sliced` or `locked`.
    public var customStates: [String] = []
    /// Heading level (1–6), or nil.
    public var level: Int?
    /// Resolved target of a link, as written in the document.
    public var href: String?
    /// Screen rectangle, for GUI screens that carry bounds.
    public var bounds: Bounds?
    /// Depth in the tree; the root has depth 0.
    public var depth: Int
    /// Index of the parent node in `ObservationTree.nodes`, or -1 for the root.
    public var parent: Int
    /// Index one past the last node of this node's subtree.
    public var subtreeEnd: Int
    /// What a browser needs to act on the node without the document: the element's
    /// tag and its form-related attributes (name, type, value, action, method, form…).
    public var source: SourceElement?

    public init(
        id: String, role: Role, name: String = "", value: String? = nil,
        states: NodeStates = [], level: Int? = nil, href: String? = nil,
        bounds: Bounds? = nil, depth: Int = 0, parent: Int = -1, subtreeEnd: Int = 0,
        source: SourceElement? = nil
    ) {
        self.id = id
        self.role = role
        self.name = name
        self.value = value
        self.states = states
        self.level = level
        self.href = href
        self.bounds = bounds
        self.depth = depth
        self.parent = parent
        self.subtreeEnd = subtreeEnd
        self.source = source
    }
}

/// A screen rectangle in pixels, as `[x1,y1][x2,y2]` in uiautomator dumps.
public struct Bounds: Sendable, Equatable, Hashable {
    public var x1: Int, y1: Int, x2: Int, y2: Int
    public init(x1: Int, y1: Int, x2: Int, y2: Int) {
        self.x1 = x1; self.y1 = y1; self.x2 = x2; self.y2 = y2
    }
    public var width: Int { x2 - x1 }
    public var height: Int { y2 - y1 }
}

/// Boolean states of a node, rendered after its name in a fixed order.
public struct NodeStates: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let checked = NodeStates(rawValue: 1 << 0)
    public static let selected = NodeStates(rawValue: 1 << 1)
    public static let disabled = NodeStates(rawValue: 1 << 2)
    public static let expanded = NodeStates(rawValue: 1 << 3)
    public static let required = NodeStates(rawValue: 1 << 4)
    public static let readonly = NodeStates(rawValue: 1 << 5)
    public static let focused = NodeStates(rawValue: 1 << 6)
    /// `aria-expanded="false"` or a closed `<details>`: expandable but collapsed.
    public static let collapsed = NodeStates(rawValue: 1 << 7)
    public static let clickable = NodeStates(rawValue: 1 << 8)
    public static let checkable = NodeStates(rawValue: 1 << 9)
    public static let scrollable = NodeStates(rawValue: 1 << 10)
    public static let mixed = NodeStates(rawValue: 1 << 11)
    public static let multiselectable = NodeStates(rawValue: 1 << 12)

    /// Every state with its rendered word, in rendering order.
    public static let named: [(NodeStates, String)] = [
        (.checked, "checked"), (.mixed, "mixed"), (.selected, "selected"),
        (.expanded, "expanded"), (.collapsed, "collapsed"), (.disabled, "disabled"),
        (.required, "required"), (.readonly, "readonly"), (.focused, "focused"),
        (.multiselectable, "multiselectable"), (.checkable, "checkable"),
        (.clickable, "clickable"), (.scrollable, "scrollable"),
    ]

    public var words: [String] { Self.named.compactMap { contains($0.0) ? $0.1 : nil } }
}

/// The element a node came from, kept for acting on it.
public struct SourceElement: Sendable, Equatable {
    /// Lower-case tag (HTML) or class (GUI XML).
    public var tag: String
    /// Attributes that matter for forms and navigation, sorted by name.
    public var attributes: [Attribute]
    /// Stable id of the `<form>` this control belongs to, if any.
    public var formID: String?

    public init(tag: String, attributes: [Attribute] = [], formID: String? = nil) {
        self.tag = tag
        self.attributes = attributes
        self.formID = formID
    }

    public subscript(name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }
}

public struct Attribute: Sendable, Equatable, Hashable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
