/// The user a task scripts for `ask_user` (docs/tasks.md, "The scripted user"): intents,
/// each with keywords and a reply. A question gets the reply of the first intent all of
/// whose keywords it contains (case-insensitive, whole words or phrases); any other
/// question gets `ScriptedUser.unknownReply`.
public struct ScriptedUser: Sendable, Equatable {
    public struct Intent: Sendable, Equatable {
        public var keywords: [String]
        public var reply: String

        public init(keywords: [String], reply: String) {
            self.keywords = keywords
            self.reply = reply
        }
    }

    public static let unknownReply = "I don't know"

    public var intents: [Intent]

    public init(intents: [Intent]) {
        self.intents = intents
    }

    public func reply(to question: String) -> String {
        let words = " " + Self.words(question).joined(separator: " ") + " "
        for intent in intents where intent.keywords.allSatisfy({ words.contains(" " + Self.words($0).joined(separator: " ") + " ") }) {
            return intent.reply
        }
        return Self.unknownReply
    }

    /// Lowercased runs of letters and digits: "What's the PIN?" → what, s, the, pin.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
