import Vocabulary

/// What `/schema` and `/metadata` say: JSON Schemas of the action, observation and state
/// (OpenEnv's `SchemaResponse`), and the server's description (`EnvironmentMetadata`).
enum EnvSchemas {
    static let all: JSONValue = .object([("action", action), ("observation", observation), ("state", state)])

    static let action: JSONValue = object(
        title: "GauntletAction",
        properties: [
            ("action", .object([
                ("description", .string("One action in the episode's action space, as text (\"click [12]\", \"say [open door]\", \"stop [42]\") or structured ({\"name\": \"click\", \"target\": \"12\"}); docs/protocol.md lists them")),
                ("anyOf", .array([.object([("type", .string("string"))]), .object([("type", .string("object"))])])),
            ])),
            ("thought", .object([("type", .string("string")), ("description", .string("Optional: the agent's reasoning, stored with the step"))])),
            ("metadata", .object([("type", .string("object")), ("description", .string("Ignored: the trainer's own"))])),
        ],
        required: ["action"])

    static let observation: JSONValue = object(
        title: "GauntletObservation",
        properties: [
            ("goal", typed("string", "The task's goal")),
            ("text", typed("string", "The observation tree as text: one node per line, `[id] role 'name'` and properties")),
            ("url", typed("string", "Where the episode is (a page's URL, a game's address)")),
            ("title", typed("string", "The page's or game's title")),
            ("action_space", typed("string", "web or text: the actions this episode takes")),
            ("last_action_error", .object([("type", .array([.string("string"), .string("null")])),
                                          ("description", .string("Why the last action did not apply, or null"))])),
            ("step", typed("integer", "Actions taken so far")),
            ("tree", typed("object", "The observation tree as JSON, when the reset asked for tree_json")),
            ("metadata", typed("object", "episode_id, task_id, status (running until the end), progress (share of key nodes reached), shaped_reward, and at the end score (and, in training mode, reason and checks)")),
        ],
        required: ["goal", "text", "url", "last_action_error", "step", "metadata"])

    static let state: JSONValue = object(
        title: "GauntletState",
        properties: [
            ("episode_id", .object([("type", .array([.string("string"), .string("null")]))])),
            ("step_count", typed("integer", "Actions taken so far")),
            ("session_id", typed("string", "This session")),
            ("task_id", typed("string", "The episode's task")),
            ("seed", typed("integer", "The episode seed")),
            ("status", typed("string", "running, or the episode's final status")),
            ("done", typed("boolean", "Whether the episode has ended")),
            ("progress", .object([("type", .array([.string("number"), .string("null")]))])),
        ],
        required: ["episode_id", "step_count"])

    static func metadata(_ context: EnvContext, capacity: Int) -> JSONValue {
        let suites = context.catalog.suites.map { JSONValue.string($0.name) }
        return .object([
            ("name", .string("gauntlet")),
            ("description", .string("Gauntlet's sandboxed web and text-game tasks as an OpenEnv environment: reset into a task id, a suite and index, or a generated text game (family and seed); reward is the task's score when the episode ends.")),
            ("version", .string("1")),
            ("documentation_url", .string("docs/env-server.md")),
            ("suites", .array(suites)),
            ("families", .array(context.catalog.families.map { .string($0) })),
            ("max_sessions", .int(Int64(capacity))),
            ("training_mode", .bool(context.training)),
        ])
    }

    private static func typed(_ type: String, _ description: String) -> JSONValue {
        .object([("type", .string(type)), ("description", .string(description))])
    }

    private static func object(title: String, properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        .object([
            ("title", .string(title)), ("type", .string("object")), ("properties", .object(properties)),
            ("required", .array(required.map { .string($0) })),
        ])
    }
}
