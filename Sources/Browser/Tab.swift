/// A browser tab: its history (URLs, refetched with GET on back and forward) and
/// the page it shows.
public struct Tab: Sendable {
    public internal(set) var history: [WebURL] = []
    public internal(set) var position = -1
    public internal(set) var page: Page?

    mutating func record(_ url: WebURL) {
        if position + 1 < history.count { history.removeSubrange((position + 1)...) }
        history.append(url)
        position = history.count - 1
    }
}

/// A tab as the agent sees it in its observation.
public struct TabSummary: Sendable, Equatable {
    public var index: Int
    public var title: String
    public var url: String
    public var active: Bool
}
