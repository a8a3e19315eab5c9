import Vocabulary

/// The MCP tools over one session (`gauntlet mcp`, `/mcp`): list the tasks, start an
/// episode, observe, act, answer, end. Each answers with the same JSON the OpenEnv
/// routes give, as text and as structured content.
enum MCPTools {
    static let list: JSONValue = .array([
        tool("list_tasks", "List the tasks an episode can start in (ids by suite) and the generator families.",
             [("suite", prop("string", "Only this suite's tasks"))], required: []),
        tool("start_episode", "Start an episode: name a task by task_id, or suite and index, or a generated text game by family and seed. Returns the first observation (goal, tree text, step, metadata).",
             [("task_id", prop("string", "A task id, e.g. shop/add-to-wishlist-001")),
              ("suite", prop("string", "A suite, with index")), ("index", prop("integer", "A task's position in its suite (by id)")),
              ("family", prop("string", "A text-game family (household, crafting, exploration), with seed")),
              ("seed", prop("integer", "The generated game's seed, or the episode seed")),
              ("shaped_reward", prop("boolean", "Reward key-node progress at every step")),
              ("tree_json", prop("boolean", "Add the observation tree as JSON"))], required: []),
        tool("observe", "The current observation of the running episode.", [], required: []),
        tool("act", "Take one action (\"click [12]\", \"type [5] [red shoes] [1]\", \"say [open door]\"). Returns the next observation, the reward and whether the episode is done.",
             [("action", prop("string", "The action, as docs/protocol.md writes it")),
              ("thought", prop("string", "Optional reasoning, stored with the step"))], required: ["action"]),
        tool("answer", "End the episode with an answer; the reward is the task's score.",
             [("answer", prop("string", "The answer (empty when the task asks for none)")),
              ("status", prop("string", "ok (default), not_found, infeasible, …"))], required: []),
        tool("end_episode", "Leave the running episode (unscored if it had not ended).", [], required: []),
    ])

    /// Runs tool `name` on `session`; a refused call is a tool error (`isError`), not a
    /// protocol error, so the model sees why.
    static func call(_ name: String, _ arguments: JSONValue, session: EnvSession, catalog: TaskCatalog) async -> JSONValue {
        do throws(EnvError) {
            let value: JSONValue
            switch name {
            case "list_tasks":
                let suite = arguments["suite"]?.stringValue
                let suites = catalog.suites.filter { suite == nil || $0.name == suite }
                value = .object([
                    ("suites", .array(suites.map { .object([("name", .string($0.name)), ("tasks", .array($0.tasks.map { .string($0.id) }))]) })),
                    ("families", .array(catalog.families.map { .string($0) })),
                ])
            case "start_episode": value = try await session.reset(arguments)
            case "observe": value = try await session.observe()
            case "act":
                guard let action = arguments["action"]?.stringValue else { throw EnvError(.validation, "act: 'action' (a string) is required") }
                var members: [(String, JSONValue)] = [("action", .string(action))]
                if let thought = arguments["thought"]?.stringValue { members.append(("thought", .string(thought))) }
                value = try await session.step(.object(members))
            case "answer":
                var members: [(String, JSONValue)] = [("name", .string("answer")), ("status", .string(arguments["status"]?.stringValue ?? "ok"))]
                // No answer text is no value, as `stop` without one is.
                if let text = arguments["answer"]?.stringValue, !text.isEmpty { members.append(("value", .string(text))) }
                let answer = JSONValue.object(members)
                value = try await session.step(.object([("action", answer)]))
            case "end_episode":
                await session.close()
                value = .object([("ended", .bool(true))])
            default:
                throw EnvError(.unknownType, "no tool '\(name)'")
            }
            return result(value, isError: false)
        } catch {
            return result(.object([("code", .string(error.code.rawValue)), ("message", .string(error.message))]), isError: true)
        }
    }

    private static func result(_ value: JSONValue, isError: Bool) -> JSONValue {
        .object([
            ("content", .array([.object([("type", .string("text")), ("text", .string(JSONWriter.encode(value)))])])),
            ("structuredContent", value), ("isError", .bool(isError)),
        ])
    }

    private static func tool(_ name: String, _ description: String, _ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        .object([
            ("name", .string(name)), ("description", .string(description)),
            ("inputSchema", .object([
                ("type", .string("object")), ("properties", .object(properties)), ("required", .array(required.map { .string($0) })),
            ])),
        ])
    }

    private static func prop(_ type: String, _ description: String) -> JSONValue {
        .object([("type", .string(type)), ("description", .string(description))])
    }
}
