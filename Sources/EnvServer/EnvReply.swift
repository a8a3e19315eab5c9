import Vocabulary

/// OpenEnv's reply envelopes: `{"type": "observation" | "state" | "error", "data": …}`.
/// A reply carries the request's id (`request_id`, or `id`) back as `request_id`, so a
/// client that gave up on a late reply can never take it for the next one.
enum EnvReply {
    static func observation(_ data: JSONValue, request: JSONValue?) -> JSONValue {
        envelope("observation", data, request)
    }

    static func state(_ data: JSONValue, request: JSONValue?) -> JSONValue {
        envelope("state", data, request)
    }

    static func error(_ error: EnvError, request: JSONValue?) -> JSONValue {
        envelope("error", .object([("code", .string(error.code.rawValue)), ("message", .string(error.message))]), request)
    }

    /// The id a request gave, if any.
    static func requestID(_ message: JSONValue) -> JSONValue? {
        for name in ["request_id", "id"] {
            if let id = message[name], !id.isNull { return id }
        }
        return nil
    }

    private static func envelope(_ type: String, _ data: JSONValue, _ request: JSONValue?) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string(type)), ("data", data)]
        if let request, let id = requestID(request) { members.append(("request_id", id)) }
        return .object(members)
    }
}
