import ArgumentParser
import Foundation
import Harness
import SandboxKit
import Worlds

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve sandboxes for people: open the printed URL in a browser.",
        discussion: "Requests without the X-Gauntlet-Instance header reach the default instance (seeded with --seed)."
    )

    @Argument(help: "Sandboxes to serve (default: all).")
    var sandboxes: [String] = []

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = Defaults.Serve.port

    @Option(help: "Seed of the default instance's generated data.")
    var seed = Defaults.Serve.seed

    @Flag(help: "Do not print a line per request.")
    var quiet = false

    func validate() throws {
        try ArgumentRange.within(0...65_535, port, "--port")
        _ = try SandboxRegistry.standard.select(sandboxes)
    }

    func run() async throws {
        let selected = try SandboxRegistry.standard.select(sandboxes)
        let quiet = quiet
        let started = Date()
        let host = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: Defaults.PoolSize.single) { instance, entry in
            guard !quiet else { return }
            let redirect = entry.redirect.map { " → \($0)" } ?? ""
            let query = entry.query.isEmpty ? "" : "?" + entry.query.urlEncoded
            say("[\(instance) #\(entry.sequence)] \(entry.method) \(entry.sandbox) \(entry.path)\(query) \(entry.status)\(redirect)")
        }
        let bound = try await host.start(port: port)
        say(String(format: "Gauntlet sandboxes ready in %.2f s (seed %llu). Open:", Date().timeIntervalSince(started), seed))
        for sandbox in selected {
            say("  \(sandbox.title): http://\(sandbox.name).localhost:\(bound)/   (or http://127.0.0.1:\(bound)/\(sandbox.name)/)")
        }
        say("Press Ctrl-C to stop.")
        // Runs until interrupted; SIGINT ends the process.
        while true {
            try await Task.sleep(for: .seconds(3600))
        }
    }
}

/// Writes a line to stdout unbuffered, so piped output (logs, CI) shows it at once.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
