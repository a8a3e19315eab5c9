import AgentProtocol
import SandboxKit
import Tasks
import Worlds

/// Checks in a loaded task what only its sandboxes can judge: every oracle step parses
/// in its world's action grammar, what its oracle and locations name exists in that
/// world (`EpisodeWorld.problem(inAction:)`, `problem(inLocation:)`), and every SQL statement of its checks, gold queries
/// and key nodes compiles against the schema of an instance built for its seed. A
/// statement is only prepared, never run. Each problem names the file, line and field,
/// so `gauntlet tasks validate` finds a task's faults before any episode is played.
public struct TaskAudit: Sendable {
    public let host: SandboxHost
    public let registry: SandboxRegistry

    public init(host: SandboxHost, registry: SandboxRegistry) {
        self.host = host
        self.registry = registry
    }

    /// An audit of `tasks` that hosts their registered sandboxes without serving them.
    public static func hosting(_ tasks: [TaskDefinition], registry: SandboxRegistry) async throws -> TaskAudit {
        let registered = Set(registry.all.map(\.name))
        let names = Set(tasks.flatMap(\.sandboxes)).intersection(registered).sorted()
        let host = try await SandboxHost(sandboxes: try registry.select(names), poolSize: 1)
        return TaskAudit(host: host, registry: registry)
    }

    /// Every problem of every task, task by task in the order given.
    public func problems(_ tasks: [TaskDefinition]) async -> [TaskProblem] {
        var out: [TaskProblem] = []
        for task in tasks { out += await problems(task) }
        return out
    }

    /// Every problem of one task, in file order.
    public func problems(_ task: TaskDefinition) async -> [TaskProblem] {
        let world: any EpisodeWorld
        do {
            world = try registry.world(for: task.sandboxes)
        } catch {
            return [TaskProblem(file: task.file, line: nil, field: "sandboxes", reason: "\(error)")]
        }
        var out: [TaskProblem] = []
        for step in task.statements where step.kind == .action {
            do {
                let action = try ActionParser.parse(step.text, space: world.actionSpace)
                if let reason = world.problem(inAction: action) { out.append(step.problem(in: task.file, "'\(step.text)': \(reason)")) }
            } catch {
                out.append(step.problem(in: task.file, "'\(step.text)' does not parse in the \(world.actionSpace.rawValue) action space: \(error)"))
            }
        }
        for location in task.statements where location.kind == .location {
            if let reason = world.problem(inLocation: location.text) { out.append(location.problem(in: task.file, "'\(location.text)': \(reason)")) }
        }
        let queries = task.statements.filter { $0.kind == .sql }
        guard !queries.isEmpty else { return Self.inFileOrder(out) }
        let instanceID: String
        do {
            instanceID = try await host.makeInstance(sandboxes: task.sandboxes, seed: task.seed)
        } catch {
            return out + [TaskProblem(file: task.file, line: nil, field: "sandboxes", reason: "cannot build an instance to check the SQL against: \(error)")]
        }
        for query in queries {
            do {
                if let reason = try await host.sqlProblem(instanceID, query.text) {
                    out.append(query.problem(in: task.file, "the SQL does not prepare: \(reason)"))
                }
            } catch {
                out.append(query.problem(in: task.file, "cannot check the SQL: \(error)"))
            }
        }
        await host.dropInstance(instanceID)
        return Self.inFileOrder(out)
    }

    private static func inFileOrder(_ problems: [TaskProblem]) -> [TaskProblem] {
        problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }
}
