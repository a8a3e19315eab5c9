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
            Prints the page's accessibility tree, then reads one action per line in the \
            protocol's grammar (docs/protocol.md): click [12], type [7] [red shoes] [1], \
            select [9] [EU 42], scroll [down], goto [shop:/cart], go_back, stop [answer]… \
            Elements can also be named by role and name: click button 'Add to Cart'. \
            After each action only what changed is printed; `look` prints the whole page \
            and `help` lists the commands and actions. When you stop, the actions you took \
            are printed as a task file's "oracle" list.
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

        var screen = BrowseScreen(styled: isatty(STDOUT_FILENO) == 1)
        say(screen.look(browser.observe()))
        // A script on stdin is not echoed by a terminal: echo it, so the output reads as a session.
        let echo = isatty(STDIN_FILENO) == 0
        var taken: [String] = []
        while true {
            FileHandle.standardOutput.write(Data("action> ".utf8))
            guard let line = readLine() else { break }
            if echo { say(line) }
            let typed = line.trimmingCharacters(in: .whitespaces)
            switch typed {
            case "": continue
            case "look": say(screen.look(browser.observe())); continue
            case "help": say(BrowseScreen.help); continue
            default: break
            }
            let action: Action
            do {
                action = try ActionParser.parse(typed, space: .web)
            } catch {
                say(screen.error(error.description + " (`help` lists the actions)"))
                continue
            }
            taken.append(action.description)
            if case .stop = action { break }
            let failure: String?
            switch ActionTranslation.browserCommand(for: action) {
            case .failure(let error): failure = error.description
            case .success(let command): failure = await browser.perform(command)?.description
            }
            let changes = screen.changes(to: browser.observe())
            if let changes { say(changes) }
            if let failure {
                say(screen.error(failure))
            } else if changes == nil {
                say("(nothing changed; `look` prints the page)")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        say("\n\"oracle\": " + String(decoding: try encoder.encode(taken), as: UTF8.self))
        await host.stop()
    }
}
