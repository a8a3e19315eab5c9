import Admin
import Forum
@testable import Harness
import Shop
import Tasks
import Testing
import Worlds

extension HarnessSuites {
    /// The cross-site suite's key nodes, one per hop, on the real shop, admin and forum in one
    /// instance, played through the real browser world and scored by the tasks' own checks.
    @Suite struct CrossSiteHopTests {
        static let registry = SandboxRegistry([ShopSandbox(), AdminSandbox(), ForumSandbox()])

        func play(_ task: TaskDefinition, _ plan: [String]? = nil) async throws -> EpisodeOutcome {
            var played = task
            played.oracle = plan ?? task.oracle
            let sandboxes = try await HostedSandboxes.start(Self.registry, serving: task.sandboxes, poolSize: 1)
            let outcome = await HarnessFixture.runner(sandboxes).run(played, key: HarnessFixture.key(played), index: 0, player: .oracle)
            await sandboxes.stop()
            return outcome
        }

        /// The action of the step at which the node named `name` was first reached.
        func action(reaching name: String, in outcome: EpisodeOutcome) throws -> String {
            let step = try #require(outcome.keyNodes.first { $0.name == name }?.reachedAtStep, "\(name) was never reached: \(outcome.reason)")
            return try #require(outcome.steps.first { $0.index == step }).action
        }

        /// Admin report, then the shop's product page, then the forum: each hop's node is
        /// reached by that hop's own action, in the order of the hops.
        @Test func theOracleReachesEachHopsKeyNodeAtItsStep() async throws {
            let task = try HarnessFixture.task("cross-site/bestseller-reviews-post-001")
            #expect(task.sandboxes == ["shop", "admin", "forum"])
            let outcome = try await play(task)
            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(outcome.keyNodesReached == 3 && outcome.keyNodesTotal == 3)
            #expect(try action(reaching: "bestsellers report", in: outcome) == "click button 'Apply filters'")
            #expect(try action(reaching: "shop product page", in: outcome).hasPrefix("goto [shop:/product/"))
            #expect(try action(reaching: "post in the right forum", in: outcome) == "click button 'Submit'")
            let steps = try ["bestsellers report", "shop product page", "post in the right forum"].map { name in
                try #require(outcome.keyNodes.first { $0.name == name }?.reachedAtStep)
            }
            #expect(steps == steps.sorted() && Set(steps).count == 3, "\(steps)")
        }

        /// A forum thread, then the admin's order view, then the shop: an answer task over
        /// all three sites reaches each hop at the step that opened its page.
        @Test func anAnswerAcrossThreeSitesReachesEachHop() async throws {
            let task = try HarnessFixture.task("cross-site/author-purchase-rating-001")
            let outcome = try await play(task)
            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(try action(reaching: "forum thread", in: outcome).hasPrefix("goto [forum:/f/"))
            #expect(try action(reaching: "order page", in: outcome).hasPrefix("goto [admin:/orders/"))
            #expect(try action(reaching: "shop product page", in: outcome).hasPrefix("goto [shop:/product/"))
        }

        /// Stopping once the admin's report is read: the first hop's node only, and the task fails.
        @Test func stoppingAfterTheFirstHopEarnsPartialProgressAndFails() async throws {
            let task = try HarnessFixture.task("cross-site/bestseller-reviews-post-001")
            let firstHop = try #require(task.oracle.firstIndex { $0.hasPrefix("goto [shop:") })
            let outcome = try await play(task, Array(task.oracle.prefix(firstHop)) + ["stop"])
            #expect(outcome.status == .failure, "\(outcome.reason)")
            #expect(outcome.score < 1)
            #expect(outcome.keyNodesReached == 1 && outcome.keyNodesTotal == 3)
            #expect(outcome.progress == 1.0 / 3.0)
            #expect(outcome.keyNodes.filter { $0.reachedAtStep != nil }.map(\.name) == ["bestsellers report"])
        }

        /// The admin's new price is what the shop's cart charges in the same instance: the cart
        /// page the oracle lands on shows the subtotal at the new price.
        @Test func anAdminPriceChangeIsWhatTheShopCartCharges() async throws {
            let task = try HarnessFixture.task("cross-site/reprice-then-cart-001")
            let outcome = try await play(task)
            #expect(outcome.status == .success, "\(outcome.reason)")
            let price = try #require(task.params.first { $0.name == "price" }?.value)
            let quantity = try #require(task.params.first { $0.name == "qty" }?.value)
            let subtotal = try #require(Double(price)) * (try #require(Double(quantity)))
            let added = try #require(outcome.steps.first { $0.action == "click button 'Add to cart'" })
            let cart = try #require(outcome.steps.first { $0.index == added.index + 1 }).observation
            #expect(cart.contains("$" + String(format: "%.2f", subtotal)), "\(cart.prefix(2000))")
        }
    }
}
