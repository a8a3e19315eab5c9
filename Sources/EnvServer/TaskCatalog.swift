import Tasks
import Vocabulary

/// The tasks a trainer can reset into: every task of the loaded suites, by id or by suite
/// and index (tasks sorted by id, as `gauntlet tasks list` shows them), and generated tasks
/// (a text-game family and a seed) for endless training distributions.
public struct TaskCatalog: Sendable {
    /// Makes the task of a generator family and seed, with the suite it is recorded under;
    /// throws why there is none. Given by the program, which knows the sandboxes.
    public typealias Generator = @Sendable (_ family: String, _ seed: UInt64) throws -> (task: TaskDefinition, suite: String)

    public let suites: [Suite]
    /// The generator families, for errors and `/metadata`.
    public let families: [String]
    private let generate: Generator

    public init(suites: [Suite], families: [String], generate: @escaping Generator) {
        self.suites = suites.sorted { $0.name < $1.name }
        self.families = families
        self.generate = generate
    }

    /// What a reset asked for.
    public struct Choice: Sendable {
        public var task: TaskDefinition
        public var suite: String
        public var seed: UInt64
    }

    /// The task a reset's `data` names: `task_id`; or `suite` and `index`; or `family` and
    /// `seed` (a generated task). `seed` is the episode seed otherwise (0 when not given).
    public func choose(_ data: JSONValue) throws(EnvError) -> Choice {
        let seed = try Self.seed(data)
        if let id = data["task_id"], !id.isNull {
            guard let id = id.stringValue else { throw EnvError(.validation, "reset: 'task_id' must be a string") }
            for suite in suites {
                if let task = suite.tasks.first(where: { $0.id == id }) { return Choice(task: task, suite: suite.name, seed: seed ?? 0) }
            }
            throw EnvError(.validation, "reset: no task '\(id)' in the loaded suites (\(suites.map(\.name).joined(separator: ", ")))")
        }
        if let family = data["family"], !family.isNull {
            guard let family = family.stringValue else { throw EnvError(.validation, "reset: 'family' must be a string") }
            guard let seed else { throw EnvError(.validation, "reset: a generated task needs 'seed' (an integer ≥ 0) with 'family'") }
            guard families.contains(family) else {
                throw EnvError(.validation, "reset: no generator family '\(family)' (families: \(families.joined(separator: ", ")))")
            }
            do {
                let made = try generate(family, seed)
                return Choice(task: made.task, suite: made.suite, seed: seed)
            } catch {
                throw EnvError(.execution, "reset: \(family) seed \(seed) gives no task: \(error)")
            }
        }
        if let name = data["suite"], !name.isNull {
            guard let name = name.stringValue else { throw EnvError(.validation, "reset: 'suite' must be a string") }
            guard let suite = suites.first(where: { $0.name == name }) else {
                throw EnvError(.validation, "reset: no suite '\(name)' (suites: \(suites.map(\.name).joined(separator: ", ")))")
            }
            guard let index = data["index"]?.intValue, index >= 0, index < suite.tasks.count else {
                throw EnvError(.validation, "reset: 'index' must be an integer in 0..<\(suite.tasks.count) for suite \(name)")
            }
            return Choice(task: suite.tasks[Int(index)], suite: suite.name, seed: seed ?? 0)
        }
        throw EnvError(.validation, "reset: name a task with 'task_id', or 'suite' and 'index', or 'family' and 'seed'")
    }

    private static func seed(_ data: JSONValue) throws(EnvError) -> UInt64? {
        guard let value = data["seed"], !value.isNull else { return nil }
        guard let seed = value.intValue, seed >= 0 else { throw EnvError(.validation, "reset: 'seed' must be an integer ≥ 0") }
        return UInt64(seed)
    }
}
