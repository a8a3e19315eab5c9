import ArgumentParser
import Foundation
import ObservationTree

struct ObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observe",
        abstract: "Print the observation tree of an HTML page or an XML screen.",
        discussion: """
            Reads PATH (or standard input when PATH is -) and prints what an agent would \
            see: accessibility-tree text by default, or JSON with every property. Files \
            ending in .xml are read as XML screens; --xml forces it.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "An HTML or XML file, or - for standard input.")
    var path: String

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Read the input as an XML screen (uiautomator or generic) rather than HTML.")
    var xml = false

    @Option(help: "Cut the text at this many characters (text format only).")
    var maxCharacters: Int?

    func validate() throws {
        if let maxCharacters { try ArgumentRange.atLeast(1, maxCharacters, "--max-characters") }
    }

    func run() throws {
        let bytes: Data
        do {
            bytes = path == "-"
                ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandError("cannot read \(path): \(error.localizedDescription)")
        }
        let tree: ObservationTree
        if xml || path.lowercased().hasSuffix(".xml") {
            do {
                tree = try ObservationTree.xml(bytes)
            } catch {
                throw CommandError("\(path): \(error)")
            }
        } else {
            tree = ObservationTree.html(bytes)
        }
        switch format {
        case .text:
            let budget = maxCharacters.map { TextRenderer.Budget(characters: $0, nodes: .max) } ?? .unlimited
            print(tree.text(budget: budget))
        case .json:
            print(tree.json)
        }
    }
}
