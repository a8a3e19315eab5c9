import Foundation
import GauntletTesting
import Testing
@testable import gauntlet

/// Every `gauntlet` command the Markdown shows is a command the tool accepts, and the ones
/// that need nothing but the checkout run to success, so the docs cannot drift from the code.
@Suite struct DocumentedCommandTests {
    @Test func theDocsShowCommandsToCheck() throws {
        let commands = try DocumentedCommand.all()
        #expect(commands.count >= 20, "found only \(commands.count): is the extraction broken?")
        #expect(commands.contains { $0.arguments.first == "run" })
    }

    /// Parsed and validated as the tool does before running anything: subcommands,
    /// options, enums and ranges. Placeholders such as RUN_ID stay as they are.
    @Test func everyDocumentedCommandParses() throws {
        for command in try DocumentedCommand.all() {
            do {
                _ = try Gauntlet.parseAsRoot(Invocation.attachingNegativeNumbers(command.arguments))
            } catch {
                Issue.record("\(command)\n  does not parse: \(Gauntlet.message(for: error))")
            }
        }
    }

    /// The commands that read only the checkout (observations of the example files, the
    /// example and standard suites) are run through the real binary and must succeed.
    @Test func theSelfContainedCommandsRun() async throws {
        let runnable = try DocumentedCommand.all().filter { command in
            guard let verb = command.arguments.first, !command.arguments.contains("-") else { return false }
            switch verb {
            case "observe": return true
            case "tasks": return ["validate", "show", "list"].contains(command.arguments.dropFirst().first ?? "")
            case "verify": return command.arguments.contains("--tasks-dir")
            default: return false
            }
        }
        #expect(runnable.count >= 6)
        for command in runnable {
            let output = try await GauntletProcess.run(command.arguments)
            #expect(output.status == 0, "\(command)\n\(output.stdout.suffix(600))\n\(output.stderr.suffix(600))")
        }
    }
}
