import Vocabulary

/// One browser tab, as listed in every observation.
public struct TabInfo: Sendable, Equatable {
    public var index: Int
    public var title: String
    public var url: String
    public var active: Bool

    public init(index: Int, title: String, url: String, active: Bool) {
        self.index = index
        self.title = title
        self.url = url
        self.active = active
    }

    var json: JSONValue {
        .object([("index", .int(Int64(index))), ("title", .string(title)),
                 ("url", .string(url)), ("active", .bool(active))])
    }
}

/// What the agent sees after each step. Web pages, GUI screens and text games share
/// this shape; for a game, `url` is the game's id and `text` its transcript.
public struct Observation: Sendable, Equatable {
    public var url: String
    public var title: String
    /// The accessibility-tree text: `[id] role 'name' props`, one node per line,
    /// indented two spaces per depth.
    public var text: String
    public var tabs: [TabInfo]
    /// The same tree as JSON with every property, already encoded by the renderer.
    public var tree: RawJSON?
    /// The screen's source for GUI episodes: uiautomator XML, for agents that read it.
    public var xml: String?

    public init(url: String, title: String, text: String, tabs: [TabInfo] = [], tree: RawJSON? = nil, xml: String? = nil) {
        self.url = url
        self.title = title
        self.text = text
        self.tabs = tabs
        self.tree = tree
        self.xml = xml
    }

    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("url", .string(url)), ("title", .string(title)), ("text", .string(text)),
            ("tabs", .array(tabs.map(\.json))),
        ]
        if let tree { members.append(("tree", .raw(tree))) }
        if let xml { members.append(("xml", .string(xml))) }
        return .object(members)
    }
}
