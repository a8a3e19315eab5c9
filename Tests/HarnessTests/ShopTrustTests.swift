import Foundation
@testable import Harness
import SandboxKit
import Tasks
import Testing
import Vocabulary

extension HarnessSuites {
    /// Issue 12's shop cases: each cheating or alternative plan is played, as an oracle, on
    /// the real shop through the real browser world and scored by the task's own checks.
    /// Wrong work must fail with score 0; right work by another route must pass.
    @Suite struct ShopTrustTests {
        /// Plays `plan` for `task` and returns the outcome, and a fresh instance of the same
        /// seed to look things up in (the plan's own instance is gone once it is scored).
        func play(_ task: TaskDefinition, _ plan: [String]) async throws -> EpisodeOutcome {
            var cheat = task
            cheat.oracle = plan
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["shop"], poolSize: 1)
            let outcome = await HarnessFixture.runner(sandboxes).run(cheat, key: HarnessFixture.key(cheat), index: 0, player: .oracle)
            await sandboxes.stop()
            return outcome
        }

        /// Rows of `sql` on a fresh instance of the shop at seed 1, the tasks' seed.
        func lookUp(_ sql: String) async throws -> [[SQLValue]] {
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["shop"], poolSize: 1)
            let id = try await sandboxes.host.makeInstance(sandboxes: ["shop"], seed: 1)
            let rows = try await sandboxes.host.query(id, sql).rows
            await sandboxes.stop()
            return rows
        }

        func param(_ task: TaskDefinition, _ name: String) throws -> String {
            try #require(task.params.first { $0.name == name }?.value)
        }

        /// The oracle with one step replaced: the detail the goal names, done wrong.
        func mutated(_ task: TaskDefinition, _ from: String, _ to: String) throws -> [String] {
            let plan = task.oracle.map { $0.replacingOccurrences(of: from, with: to) }
            #expect(plan != task.oracle, "\(from) is not in the oracle of \(task.id)")
            return plan
        }

        /// Issue 12 put three in another finish for "Walnut"; this bookcase comes in Pine too.
        @Test func theWrongVariantFails() async throws {
            let task = try HarnessFixture.task("shop/add-to-cart-options-003")
            #expect(try param(task, "material") == "Walnut")
            let outcome = try await play(task, try mutated(task, "'Material' [Walnut]", "'Material' [Pine]"))
            HarnessFixture.expectWrong(outcome, "'Pine'")
        }

        @Test func theWrongShippingMethodFails() async throws {
            let task = try HarnessFixture.task("shop/checkout-purchase-001")
            let outcome = try await play(
                task, try mutated(task, "'Express (2–3 business days): $14.99'", "'Standard (5–7 business days): $5.99 (free over $75.00)'"))
            // The order's lines and count are right, so the score is partial; the task fails.
            #expect(outcome.status == .failure, "\(outcome.reason)")
            #expect(outcome.score < 1)
            #expect(outcome.reason.contains("'standard'"), "\(outcome.reason)")
        }

        /// The checkout has no PayPal email field any more: an agent cannot pay from someone
        /// else's account, and the order is paid from the signed-in customer's.
        @Test func someoneElsesPayPalCannotBeUsed() async throws {
            let task = try HarnessFixture.task("shop/checkout-purchase-001")
            var plan = task.oracle
            let paypal = try #require(plan.firstIndex(of: "check radio 'PayPal'"))
            plan.insert("type textbox 'PayPal email' [logan.anderson@example.com] [0]", at: paypal + 1)
            let outcome = try await play(task, plan)
            #expect(outcome.steps[paypal + 1].error != nil, "there is no PayPal email field to type into")
            #expect(outcome.status == .success, "\(outcome.reason)")
            let email = try param(task, "email")
            #expect(try #require(outcome.checks).children.contains { $0.actual?.contains("'PayPal (\(email))'") == true })
        }

        @Test func aContactMessageSentSignedOutUnderAnotherEmailFails() async throws {
            let task = try HarnessFixture.task("shop/contact-about-order-001")
            let plan = [
                "goto [shop:/contact]",
                "type textbox 'Your name' [Logan Anderson] [0]",
                "type textbox 'Email address' [logan.anderson@example.com] [0]",
            ] + task.oracle.drop { !$0.hasPrefix("select combobox 'Topic'") }
            let outcome = try await play(task, plan)
            HarnessFixture.expectWrong(outcome, "contact_messages")
        }

        @Test func settingTheDefaultAndDeletingTheOtherAddressesFails() async throws {
            let task = try HarnessFixture.task("shop/set-default-address-001")
            let email = try param(task, "email")
            let line1 = try param(task, "line1")
            let others = try await lookUp(
                "SELECT a.line1 FROM addresses a JOIN customers c ON c.id = a.customer_id WHERE c.email = '\(email)' AND a.line1 <> '\(line1)'")
            #expect(others.count == 2)
            let plan = Array(task.oracle.dropLast()) + others.map { "click button 'Delete address \($0[0].text)'" } + ["stop"]
            let outcome = try await play(task, plan)
            HarnessFixture.expectWrong(outcome, "addresses[id=")
        }

        @Test func changingThePhoneAndRenamingTheCustomerFails() async throws {
            let task = try HarnessFixture.task("shop/edit-profile-phone-001")
            let save = try #require(task.oracle.firstIndex(of: "click button 'Save profile'"))
            var plan = task.oracle
            plan.insert("type textbox 'First name' [Pat] [0]", at: save)
            let outcome = try await play(task, plan)
            HarnessFixture.expectWrong(outcome, "changed first_name")
        }

        @Test func aSignedOutVisitToTheOrderIsNotEvidence() async throws {
            let task = try HarnessFixture.task("shop/cancel-shipped-order-001")
            let order = try param(task, "order")
            let outcome = try await play(task, ["goto [shop:/orders/\(order)]", "answer [action_not_allowed] [It has shipped.]"])
            HarnessFixture.expectWrong(outcome, "no GET /orders/\(order) returning 200")
            #expect(outcome.keyNodesReached == 0, "the order page was never served")
        }

        @Test func aSearchForAnythingIsNotEvidence() async throws {
            let task = try HarnessFixture.task("shop/nonexistent-product-001")
            let outcome = try await play(task, ["type searchbox 'Search products' [anything] [1]", "answer [not_found]"])
            HarnessFixture.expectWrong(outcome, "q=")
        }

        /// The goal does not name the Reorder button: adding the order's lines by hand is right too.
        @Test func reorderingByHandPasses() async throws {
            let task = try HarnessFixture.task("shop/reorder-001")
            let order = try param(task, "order")
            let lines = try await lookUp("""
                SELECT p.slug, i.color, i.size, i.material, i.quantity FROM order_items i JOIN orders o ON o.id = i.order_id
                JOIN products p ON p.id = i.product_id WHERE o.number = '\(order)' ORDER BY i.id
                """)
            #expect(lines.count >= 1)
            var plan = Array(task.oracle.prefix { !$0.hasPrefix("goto [shop:/orders/") })
            for line in lines {
                plan.append("goto [shop:/product/\(line[0].text)]")
                for (label, value) in zip(["Colour", "Size", "Material"], line[1...3]) where !value.text.isEmpty {
                    plan.append("select combobox '\(label)' [\(value.text)]")
                }
                plan += ["type spinbutton 'Quantity' [\(line[4].text)] [0]", "click button 'Add to cart'"]
            }
            plan.append("stop")
            let outcome = try await play(task, plan)
            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(outcome.score == 1)
        }
    }
}
