import SandboxKit

/// Every sandbox a program can host, each with its world. Programs build one from a
/// list (one line per sandbox) and pass it down; nothing below names a sandbox.
public struct SandboxRegistry: Sendable {
    public let all: [any PlayableSandbox]

    public init(_ sandboxes: [any PlayableSandbox]) {
        all = sandboxes
    }

    /// The names, for help texts and errors.
    public var names: String {
        all.map(\.name).joined(separator: ", ")
    }

    /// The named sandboxes, in the order given, then those they build on (`Sandbox.buildsOn`)
    /// that were not named, so a host serving them holds every table they use; every sandbox
    /// when `names` is empty.
    public func select(_ names: [String]) throws -> [any PlayableSandbox] {
        if names.isEmpty { return all }
        let named = try names.map(sandbox(named:))
        let bases = try SandboxDependencies.closure(names) { name in all.first { $0.name == name } }
            .filter { base in !names.contains(base.name) }
            .map { try sandbox(named: $0.name) }
        return named + bases
    }

    private func sandbox(named name: String) throws -> any PlayableSandbox {
        guard let sandbox = all.first(where: { $0.name == name }) else {
            throw SandboxError.unknownSandbox(name, known: all.map(\.name))
        }
        return sandbox
    }

    /// The one world a task over `names` is played in. Several sandboxes share a session
    /// (one browser over one instance) only when their worlds are of one kind.
    public func world(for names: [String]) throws -> any EpisodeWorld {
        guard !names.isEmpty else { throw WorldMismatch(description: "no sandbox is named, so there is no world to play in") }
        let worlds = try select(names).map { ($0.name, $0.world) }
        let first = worlds[0].1
        if let other = worlds.first(where: { $0.1.name != first.name }) {
            let kinds = worlds.map { "\($0.0) is played in a \($0.1.name) world" }.joined(separator: ", ")
            throw WorldMismatch(description: "one episode cannot span worlds of different kinds (\(kinds)); \(other.0) cannot join \(worlds[0].0)")
        }
        return first
    }
}

