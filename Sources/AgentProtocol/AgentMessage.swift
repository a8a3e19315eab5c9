import Vocabulary

public struct ReadyMessage: Sendable, Equatable {
    public var agent: String
    public var version: String?

    public init(agent: String, version: String? = nil) {
        self.agent = agent
        self.version = version
    }
}

public struct ActionMessage: Sendable, Equatable {
    public var action: Action
    public var thought: String?
    public var usage: Usage?

    public init(action: Action, thought: String? = nil, usage: Usage? = nil) {
        self.action = action
        self.thought = thought
        self.usage = usage
    }
}

/// A message from the agent to the harness (docs/protocol.md "Agent to harness").
public enum AgentMessage: Sendable, Equatable {
    case ready(ReadyMessage)
    case action(ActionMessage)

    public static func decode(line: [UInt8], space: ActionSpace) throws(ProtocolError) -> AgentMessage {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: line)
        } catch {
            throw ProtocolError.invalidJSON(error)
        }
        return try decode(value, space: space)
    }

    public static func decode(_ value: JSONValue, space: ActionSpace) throws(ProtocolError) -> AgentMessage {
        guard case .object = value else {
            throw ProtocolError.wrongShape("a message must be a JSON object, not \(value.typeName)")
        }
        let type: String
        switch value["type"] {
        case .string(let t): type = t
        case nil where value["action"] != nil: type = "action"
        case nil: throw ProtocolError.wrongShape("a message needs a string field 'type' (agent messages: ready, action)")
        case .some(let other): throw ProtocolError.wrongShape("field 'type' must be a string, not \(other.typeName)")
        }
        switch type {
        case "ready":
            guard let agent = value["agent"]?.stringValue, !agent.isEmpty else {
                throw ProtocolError.wrongShape("ready: needs a non-empty string field 'agent'")
            }
            if let proto = value["protocol"], !proto.isNull, proto.stringValue != ProtocolVersion.current {
                throw ProtocolError.wrongShape("ready: protocol \(JSONWriter.encode(proto)) is not supported (this harness speaks \(ProtocolVersion.current))")
            }
            return .ready(ReadyMessage(agent: agent, version: value["version"]?.stringValue))
        case "action":
            let action: Action
            do {
                switch value["action"] {
                case .string(let text)?: action = try ActionParser.parse(text, space: space)
                case .object?: action = try ActionParser.parse(structured: value["action"] ?? .null, space: space)
                case nil: throw ProtocolError.wrongShape("action: missing field 'action'")
                case .some(let other):
                    throw ProtocolError.wrongShape("action: field 'action' must be a string or an object, not \(other.typeName)")
                }
            } catch let error as ActionParseError {
                throw ProtocolError.invalidAction(error)
            } catch let error as ProtocolError {
                throw error
            } catch {
                throw ProtocolError.wrongShape("action: \(error)")
            }
            var message = ActionMessage(action: action)
            if let thought = value["thought"], !thought.isNull {
                guard let t = thought.stringValue else { throw ProtocolError.wrongShape("action: field 'thought' must be a string") }
                message.thought = t
            }
            if let usage = value["usage"], !usage.isNull {
                message.usage = try Usage.decode(usage)
            }
            return .action(message)
        default:
            throw ProtocolError.wrongShape("unknown message type '\(ActionParser.clip(type))' (agent messages: ready, action)")
        }
    }
}
