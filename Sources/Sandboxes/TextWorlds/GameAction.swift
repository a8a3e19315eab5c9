/// How a protocol action becomes a game command line.
///
/// Agents send `{"name":"say","text":"take apple 1 from countertop 1"}` or the
/// plain string; an answer `{"name":"answer","status":"infeasible"}` is the same
/// as typing `declare infeasible`. The host decodes the JSON and calls this.
public enum GameAction {
    public enum Line: Sendable, Equatable {
        case line(String)
        case rejected(Feedback)
    }

    public static func line(name: String, text: String?, status: String? = nil) -> Line {
        switch name {
        case "say", "command", "type":
            guard let text, !text.isEmpty else {
                return .rejected(.failure(.emptyCommand, "A \"\(name)\" action needs a \"text\" with the command to say."))
            }
            return .line(text)
        case "answer", "stop":
            if status == "infeasible" || text == "infeasible" { return .line("declare infeasible") }
            return .rejected(.failure(.malformed, "The only answer this game takes is status \"infeasible\"; otherwise keep playing until the task is done."))
        default:
            return .rejected(.failure(.unknownVerb, "Unknown action \"\(name)\": send {\"name\":\"say\",\"text\":\"…\"} or a plain command string."))
        }
    }
}
