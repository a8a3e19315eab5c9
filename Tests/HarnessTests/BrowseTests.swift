import Foundation
import GauntletTesting
import Testing

/// `gauntlet browse` driven through the real binary with a script on stdin: the whole page
/// on arrival and on `look`, only what changed after an action, and `help`.
@Suite struct BrowseTests {
    /// The output split into the blocks that follow each `action> ` prompt (the first block
    /// is what was printed before the first prompt), each as its lines.
    static func blocks(_ stdout: String) -> [[String]] {
        stdout.components(separatedBy: "action> ").map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func anActionPrintsOnlyWhatChangedAndLookPrintsThePage() async throws {
        let script = """
            help
            type searchbox 'Search products' [red shoes] [0]
            look
            click link 'Cart (0)'
            fly [away]
            stop [done]

            """
        let output = try await GauntletProcess.run(["browse", "shop", "--seed", "1"], input: script, timeout: 120)
        #expect(output.status == 0, "\(output.stderr)")
        let blocks = Self.blocks(output.stdout)
        try #require(blocks.count == 7, "one block before the first prompt and one per line of the script:\n\(output.stdout)")

        // On arrival: the title line, then the whole tree.
        let home = blocks[0].filter { !$0.isEmpty }
        #expect(home[0].contains("(HTTP 200)") && home[0].contains("shop.localhost"))
        #expect(home.count > 100, "the whole home page: \(home.count) lines")
        #expect(home.contains { $0.contains("searchbox 'Search products'") })

        // help: the browse commands and every web action of the protocol's grammar.
        let help = blocks[1].joined(separator: "\n")
        for name in ["look", "help", "stop [answer]", "click [id]", "type [id] [text] [1]", "clear [id]", "select [id] [option]",
                     "check [id]", "uncheck [id]", "hover [id]", "press [key]", "scroll [down]", "goto [url]", "go_back",
                     "go_forward", "new_tab", "tab_focus [i]", "close_tab", "answer [status] [value]"] {
            #expect(help.contains(name), "help does not mention \(name)")
        }

        // Typing into the search box changes that one node, and only it is printed.
        let typed = blocks[2].dropFirst().filter { !$0.isEmpty }
        #expect(typed.count == 1, "\(typed)")
        #expect(typed.first?.hasPrefix("~ ") == true && typed.first?.contains("searchbox 'Search products' value='red shoes'") == true,
                "\(typed)")

        // look: the whole page again, now with the typed value.
        let looked = blocks[3].dropFirst().filter { !$0.isEmpty }
        #expect(looked.count == home.count)
        #expect(looked.contains { $0.contains("searchbox 'Search products' value='red shoes'") })

        // Following a link: the new page's title line, then removed and added nodes only.
        let cart = blocks[4].dropFirst().filter { !$0.isEmpty }
        #expect(cart.first?.contains("/cart") == true && cart.first?.contains("(HTTP 200)") == true, "\(cart.prefix(3))")
        #expect(cart.dropFirst().allSatisfy { $0.hasPrefix("- ") || $0.hasPrefix("+ ") || $0.hasPrefix("~ ") }, "\(cart)")
        #expect(cart.count < home.count, "the cart's changes (\(cart.count) lines) are not the whole page")

        // A line that is not an action is an error that points to help.
        #expect(blocks[5].contains { $0.hasPrefix("error: ") && $0.contains("`help` lists the actions") }, "\(blocks[5])")

        // stop ends the session and prints the actions as an oracle list.
        let oracle = blocks[6].joined(separator: "\n")
        #expect(oracle.contains("\"oracle\": ["))
        #expect(oracle.contains("\"type searchbox 'Search products' [red shoes] [0]\""), "\(oracle)")
        #expect(oracle.contains("\"stop [done]\""), "\(oracle)")
        #expect(!output.stdout.contains("\u{1B}["), "no terminal escapes when stdout is not a terminal")
    }
}
