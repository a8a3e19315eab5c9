/// A piece of writing with a title: a forum submission, a review.
public struct TitledText: Sendable, Equatable {
    public var title: String
    public var body: String

    public init(title: String, body: String) {
        self.title = title
        self.body = body
    }
}
