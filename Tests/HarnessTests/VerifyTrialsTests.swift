import Foundation
import GauntletTesting
import Harness
import Testing

/// `gauntlet verify`'s trials on small sets of real tasks, played on the real shop and
/// games hosts through the real binary: a strong task's mutants, explorer and dump fail,
/// a deliberately weak task's mutant or explorer passes and is reported with its task,
/// trial, field and line, and alternative oracles must pass.
@Suite(.serialized) struct VerifyTrialsTests {
    /// A tasks directory with one suite of the given files (copies of real tasks, or text).
    func suite(_ name: String, copying real: [String], writing files: [String: String] = [:]) throws -> String {
        let root = try TemporaryFolder.make("trials")
        let folder = root + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Checkout.path("tasks/\(name)/suite.json"), toPath: folder + "/suite.json")
        for file in real { try FileManager.default.copyItem(atPath: Checkout.path("tasks/\(name)/\(file)"), toPath: folder + "/" + file) }
        for (file, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file)) }
        return root
    }

    func verify(_ tasks: String, _ sandbox: String, json: Bool = true) async throws -> (GauntletProcess.Output, VerificationReport?) {
        let output = try await GauntletProcess.run(["verify", "--tasks-dir", tasks, "--sandbox", sandbox] + (json ? ["--json"] : []))
        return (output, json ? try JSONDecoder().decode(VerificationReport.self, from: Data(output.stdout.utf8)) : nil)
    }

    /// Two pairs of sneakers in Navy, size 9: the real task's oracle, whose state check
    /// forgets the colour. Line 11 is the oracle's colour step; line 16 the failing alternative.
    static let weakCart = """
        {
          "id": "shop/weak-cart",
          "revision": 1,
          "sandboxes": ["shop"],
          "start": "shop:/",
          "goal": "I want two pairs of the Kestrel Everyday Knit Mesh Sneakers in Navy, size 9. Put them in my cart.",
          "seed": 1,
          "checks": [{"state": {"query": "SELECT product_id, size, quantity FROM cart_items",
                                "expect_query": "SELECT id, '9', 2 FROM products WHERE sku = 'SN-1005'"}}, {"collateral": {"allow": ["carts", "cart_items"]}}],
          "oracle": ["goto [shop:/product/kestrel-everyday-knit-mesh-sneakers-sn-1005]",
            "select combobox 'Colour' [Navy]", "select combobox 'Size' [9]", "type spinbutton 'Quantity' [2] [0]",
            "click button 'Add to cart'", "stop"],
          "oracles": [
            ["type searchbox 'Search products' [Kestrel Everyday Knit Mesh Sneakers] [1]", "click link 'Kestrel Everyday Knit Mesh Sneakers'",
             "select combobox 'Colour' [Navy]", "select combobox 'Size' [9]", "type spinbutton 'Quantity' [2] [0]", "click button 'Add to cart'", "stop"],
            ["goto [shop:/product/kestrel-everyday-knit-mesh-sneakers-sn-1005]", "type spinbutton 'Quantity' [3] [0]", "click button 'Add to cart'", "stop"]
          ]
        }
        """

    @Test func shopTrialsFailOnRealTasksAndCatchAWeakCheck() async throws {
        let tasks = try suite("shop", copying: ["add-to-cart-options-001.json", "price-of-product-001.json"],
                              writing: ["weak-cart.json": Self.weakCart])
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let (output, decoded) = try await verify(tasks, "shop")
        let report = try #require(decoded)
        #expect(output.status == 1, "the weak task must make verify fail: \(output.stderr)")
        func trials(_ task: String, _ kind: VerificationReport.Player) -> [VerificationReport.Trial] {
            report.trials.filter { $0.task == "shop/\(task)" && $0.kind == kind }
        }
        // The real task: the colour, size and quantity steps each give a mutant, and all fail.
        let strong = trials("add-to-cart-options-001", .mutant)
        #expect(strong.count >= 3 && strong.allSatisfy { $0.result == .failed }, "\(strong)")
        #expect(trials("add-to-cart-options-001", .explorer).map(\.result) == [.failed])
        #expect(trials("add-to-cart-options-001", .dump).isEmpty, "a task without an answer check has no dump trial")
        // The retrieval task's dump answers with the product page, which holds other prices.
        #expect(trials("price-of-product-001", .dump).map(\.result) == [.failed])
        // The weak task: only the colour mutant passes, and it is the one problem of its mutants.
        let weak = trials("weak-cart", .mutant)
        #expect(weak.map(\.step) == [2, 3, 4])
        #expect(weak.map(\.result) == [.passed, .failed, .failed], "\(weak)")
        #expect(weak.first?.change?.hasPrefix("select combobox 'Colour' [") == true && weak.first?.change != "select combobox 'Colour' [Navy]")
        #expect(weak.last?.change == "type spinbutton 'Quantity' [3] [0]", "a typed number becomes the next one")
        let suite = tasks + "/shop/weak-cart.json"
        let problems = report.problems.filter { $0.task == "shop/weak-cart" }.map { "\($0.player.rawValue) \($0.file):\($0.line ?? 0): \($0.field)" }
        #expect(problems == ["alternative_oracle \(suite):16: oracles[1]", "mutant \(suite):11: oracle[1]"], "\(report.problems)")
        #expect(trials("weak-cart", .alternativeOracle).map(\.result) == [.passed, .failed])
        let counts = try #require(report.suites.first)
        #expect(counts.suite == "shop" && counts.tasks == 3 && counts.oraclePassed == 3)
        #expect(counts.alternativeOracles == 2 && counts.alternativeOraclesPassed == 1)
        #expect(counts.mutants == strong.count + 3 && counts.mutantsFailed == strong.count + 2)
    }

    @Test func textGameTrialsFailOnARealTaskAndCatchAWeakOne() async throws {
        let real = try #require(try FileManager.default.contentsOfDirectory(atPath: Checkout.path("tasks/crafting")).sorted().first { $0.hasPrefix("craft-") })
        var weak = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Checkout.path("tasks/crafting/" + real)))) as? [String: Any])
        // Checks any walk satisfies: the explorer and every mutant pass them.
        weak["id"] = "crafting/weak"
        weak["checks"] = [["state": ["query": "SELECT 1", "expect": [[1]]]]]
        weak["key_nodes"] = nil
        let text = String(decoding: try JSONSerialization.data(withJSONObject: weak, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
        let tasks = try suite("crafting", copying: [real], writing: ["weak.json": text])
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let (output, decoded) = try await verify(tasks, "games")
        let report = try #require(decoded)
        #expect(output.status == 1)
        let realID = report.trials.first { $0.task != "crafting/weak" }?.task ?? ""
        let realMutants = report.trials.filter { $0.task == realID && $0.kind == .mutant && $0.result != .skipped }
        #expect(!realMutants.isEmpty && realMutants.allSatisfy { $0.result == .failed }, "\(realMutants)")
        #expect(report.trials.filter { $0.task == realID && $0.kind == .explorer }.map(\.result) == [.failed])
        #expect(report.trials.filter { $0.task == "crafting/weak" && $0.kind == .explorer }.map(\.result) == [.passed])
        let weakMutants = report.trials.filter { $0.task == "crafting/weak" && $0.kind == .mutant && $0.result != .skipped }
        #expect(!weakMutants.isEmpty && weakMutants.allSatisfy { $0.result == .passed && $0.change?.hasPrefix("say [") == true }, "\(weakMutants)")
        // (The do-nothing agent passes such checks too.)
        #expect(Set(report.problems.filter { $0.task == "crafting/weak" }.map(\.player)).isSuperset(of: [.mutant, .explorer]))
        #expect(report.problems.allSatisfy { $0.task == "crafting/weak" }, "\(report.problems)")

        // The text output: a summary per suite, then each problem naming the task and the trial.
        let (printed, _) = try await verify(tasks, "games", json: false)
        let lines = printed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  crafting: oracle passed 2/2, alternative oracles passed 0/0, mutants failed ") }, "\(printed.stdout)")
        #expect(lines.contains { $0.contains(": checks: crafting/weak: explorer success: a goal-blind explorer passes") }, "\(printed.stdout)")
        #expect(lines.contains { $0.contains("crafting/weak: mutant success: a mutant passes: step ") }, "\(printed.stdout)")
    }
}
