import AgentProtocol
import ArgumentParser
import Browser
import Defaults
import Foundation
import ObservationTree
import SandboxKit
import Worlds

struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Play a sandbox as an agent would, in the terminal: read the tree, type an action.",
        discussion: """
            Each turn prints the page's accessibility tree and reads one action in the \
            protocol's grammar (docs/protocol.md): click [12], type [7] [red shoes] [1], \
            select [9] [EU 42], scroll [down], goto [shop:/cart], go_back, stop [answer]… \
            Elements can also be named by role and name: click button 'Add to Cart'. \
            When you stop, the actions you took are printed as a task file's "oracle" list.
            """
    )

    @Argument(help: "The sandbox to browse, e.g. shop.")
    var sandbox: String

    @Option(help: "Seed of the instance's generated data.")
    var seed = Defaults.Serve.seed

    @Option(help: "Where to start, as a path or a sandbox:/path location.")
    var start = "/"

    @Option(help: "Cut each tree at this many characters.")
    var maxCharacters = Defaults.Serve.maxCharacters

    func validate() throws {
        _ = try SandboxRegistry.standard.select([sandbox])
        try ArgumentRange.atLeast(1, maxCharacters, "--max-characters")
    }

    func run() async throws {
        let selected = try SandboxRegistry.standard.select([sandbox])
        let host = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: Defaults.PoolSize.single)
        let port = try await host.start(port: 0)
        let instance = try await host.makeInstance(sandboxes: [sandbox], seed: seed)
        var browser = try Browser(
            policy: OriginPolicy(sandboxes: [sandbox: Origin(host: "\(sandbox).localhost", port: port)]),
            instance: instance,
            renderer: TextRenderer(budget: .init(characters: maxCharacters, nodes: .max)))
        let first = start.contains(":/") ? start : "\(sandbox):\(start.hasPrefix("/") ? start : "/" + start)"
        if let error = await browser.perform(.goto(first)) { throw CommandError("cannot open \(first): \(error)") }

        var taken: [String] = []
        var lastError: String?
        while true {
            let seen = browser.observe()
            say("\n\u{1B}[1m\(seen.title)\u{1B}[0m  \(seen.url)  (HTTP \(seen.status))")
            say(seen.text)
            if let lastError { say("\u{1B}[31mlast action error: \(lastError)\u{1B}[0m") }
            FileHandle.standardOutput.write(Data("action> ".utf8))
            guard let line = readLine() else { break }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let action: Action
            do {
                action = try ActionParser.parse(line, space: .web)
            } catch {
                lastError = error.description
                continue
            }
            taken.append(action.description)
            if case .stop = action { break }
            switch ActionTranslation.browserCommand(for: action) {
            case .failure(let error): lastError = error.description
            case .success(let command): lastError = await browser.perform(command)?.description
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        say("\n\"oracle\": " + String(decoding: try encoder.encode(taken), as: UTF8.self))
        await host.stop()
    }
}
