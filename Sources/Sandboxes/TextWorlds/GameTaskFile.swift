import Vocabulary

/// A generated game as a task file of docs/tasks.md, served by the `games` sandbox.
///
/// The world is not stored: the start location's game key rebuilds it. Checks read the
/// instance's `games` row; key nodes are the planner's subgoals as `subgoals_reached >= k`;
/// the oracle is the planner's plan as `say [...]` actions and a final stop.
public enum GameTaskFile {
    public static let revision = 1
    /// The instance seed: the world comes from the key, so every task uses the same one.
    public static let instanceSeed = 1

    /// The task id inside `suite`: family task type, split and seed (unique per family and split).
    public static func id(suite: String, _ d: TaskDescription) -> String {
        let kind = d.infeasible ? "infeasible-\(d.taskType)" : d.taskType
        return "\(suite)/\(dashed(kind))-\(d.split.rawValue)-\(d.seed)"
    }

    /// File name (without directory) for the task.
    public static func fileName(_ d: TaskDescription) -> String {
        let kind = d.infeasible ? "infeasible-\(d.taskType)" : d.taskType
        return "\(dashed(kind))-\(d.split.rawValue)-\(d.seed).json"
    }

    static func dashed(_ s: String) -> String { String(s.map { $0 == "_" ? "-" : $0 }) }

    /// The oracle's game commands: the planner's plan, or for an infeasible task the search
    /// of every place (`SearchCoverage.searchPlan`) before the answer.
    public static func commands(_ task: GeneratedTask) throws(GenerationError) -> [String] {
        guard task.description.infeasible else { return task.description.oracle }
        guard let plan = SearchCoverage.searchPlan(task.world) else {
            throw GenerationError("internal: no plan searches every place of \(task.description.id)")
        }
        return plan
    }

    /// About three times the oracle's game commands plus ten, but never more than the
    /// engine's budget for a feasible task (`max_steps`, which admission tested a random
    /// agent against): room to search, not to brute-force.
    public static func stepLimit(_ d: TaskDescription, commands: Int) -> Int {
        d.infeasible ? 3 * commands + 10 : min(3 * commands + 10, d.maxSteps)
    }

    public static func json(suite: String, _ task: GeneratedTask) throws(GenerationError) -> JSONValue {
        let d = task.description
        let commands = try commands(task)
        let key = GameKey(family: d.family, split: d.split, seed: d.seed, knobs: d.knobs)
        // Keys use only a-z 0-9 - _ . ~ / (GameKey), so quoting needs no escaping.
        let quoted = "'" + key.text + "'"
        func state(_ query: String, _ expect: JSONValue) -> JSONValue {
            .object([("state", .object([("query", .string(query)), ("expect", .array([.array([expect])]))]))])
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(id(suite: suite, d))),
            ("revision", .int(Int64(revision))),
            ("sandboxes", .array([.string("games")])),
            ("start", .string("games:/play/\(key.text)")),
            ("goal", .string(d.goal)),
            ("seed", .int(Int64(instanceSeed))),
            ("split", .string(d.split.rawValue)),
            ("template", .string("\(d.family.rawValue)-\(d.infeasible ? "infeasible-" : "")\(d.taskType)")),
            ("limits", .object([("steps", .int(Int64(stepLimit(d, commands: commands.count))))])),
        ]
        let says = commands.map { JSONValue.string("say [\($0)]") }
        if d.infeasible {
            // The answer is the status with what is missing as its value (the harness posts
            // `declare infeasible <value>`, which wins only when it names the missing thing),
            // and it must rest on evidence: every place searched (SearchCoverage).
            members.append(("answer", .object([("status", .string("infeasible"))])))
            members.append(("checks", .array([
                state("SELECT places_searched = places_total AND status = 'won' FROM games WHERE key = \(quoted)", .int(1)),
            ])))
            members.append(("oracle", .array(says + [.string("answer [infeasible] [\(task.world.layout.missing ?? "")]")])))
        } else {
            members.append(("checks", .array([
                state("SELECT status FROM games WHERE key = \(quoted)", .string("won")),
            ])))
            members.append(("oracle", .array(says + [.string("stop [done]")])))
        }
        var nodes: [JSONValue] = d.subgoals.enumerated().map { i, name in
            .object([("name", .string(name)),
                     ("state", .object([("query", .string("SELECT subgoals_reached >= \(i + 1) FROM games WHERE key = \(quoted)")),
                                        ("expect", .array([.array([.int(1)])]))]))])
        }
        if d.infeasible {
            nodes.insert(.object([("name", .string("searched every place")),
                                  ("state", .object([("query", .string("SELECT places_searched = places_total FROM games WHERE key = \(quoted)")),
                                                     ("expect", .array([.array([.int(1)])]))]))]), at: 0)
        }
        members.append(("key_nodes", .array(nodes)))
        return .object(members)
    }

    /// The `suite.json` of a folder of generated games of one family.
    public static func suiteJSON(name: String, family: Family) -> JSONValue {
        .object([
            ("name", .string(name)),
            ("version", .string("1.\(StandardSuite.version).0")),
            ("description", .string("Text games, \(family.rawValue) family (\(CommandVocabulary.version)), generated by gauntlet tasks generate; test holds out object types and layouts.")),
            ("splits", .array([.string("train"), .string("test")])),
            ("limits", .object([("episode_seconds", .int(600)), ("step_seconds", .int(60))])),
        ])
    }
}
