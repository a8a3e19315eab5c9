import Foundation

/// A person's free text about one episode: what induced metrics are learned from.
public struct FeedbackRecord: Sendable, Equatable, Codable {
    /// SHA-256 of the episode id, author and text, so importing a file twice adds nothing.
    public var id: String
    public var episodeID: Int64
    public var author: String
    public var text: String
    public var createdAt: Date

    public init(id: String, episodeID: Int64, author: String, text: String, createdAt: Date) {
        self.id = id
        self.episodeID = episodeID
        self.author = author
        self.text = text
        self.createdAt = createdAt
    }
}
