import ArgumentParser
import Defaults
import EnvServer
import Foundation
import Harness
import Vocabulary
import Worlds

/// `gauntlet mcp`: the env server's MCP tools on stdin and stdout, one JSON-RPC message
/// per line, for any MCP client (docs/env-server.md).
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the MCP tools (list_tasks, start_episode, observe, act, answer, end_episode) on stdio.",
        discussion: "Messages are JSON-RPC 2.0, one per line; logs go to stderr. `gauntlet env-server` serves the same tools at /mcp."
    )

    @OptionGroup var location: TasksCommand.Location

    @Option(name: .customLong("suite"), help: "A suite to serve (repeatable; default: every suite).")
    var suites: [String] = []

    @Option(help: "At most this many steps per episode (a task's own limit may be lower).")
    var maxSteps = Defaults.Run.steps

    func validate() throws {
        try ArgumentRange.atLeast(1, maxSteps, "--max-steps")
    }

    func run() async throws {
        let loaded = try location.loadValid(suites)
        let sandboxes = try await HostedSandboxes.start(.standard, serving: SandboxRegistry.standard.all.map(\.name), poolSize: Defaults.PoolSize.single)
        var limits = Defaults.Run.limits
        limits.steps = maxSteps
        let context = EnvContext(sandboxes: sandboxes, catalog: EnvServerCommand.catalog(loaded), limits: limits, training: false, recorder: nil)
        let server = EnvServer(context: context, configuration: .init(capacity: 1, idleTimeout: .seconds(Int64.max / 2)))
        let connection = try await server.mcpConnection()
        for await line in Self.lines() {
            guard let reply = await connection.handle(line) else { continue }
            FileHandle.standardOutput.write(Data((JSONWriter.encode(reply) + "\n").utf8))
        }
        await sandboxes.stop()
    }

    /// Standard input's lines, read on a thread of their own (reading blocks).
    static func lines() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        Thread.detachNewThread {
            while let line = readLine(strippingNewline: true) {
                if !line.isEmpty { continuation.yield(line) }
            }
            continuation.finish()
        }
        return stream
    }
}
