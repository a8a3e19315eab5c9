import Foundation
@testable import Harness
import Phone
import Tasks
import Testing
import Vocabulary
import Worlds

extension HarnessSuites {
    /// Phone tasks played as oracles through the real phone world and scored by their own
    /// checks: an infeasible task needs the evidence and the status, damage beside the goal
    /// zeroes the score, a goal only the user can complete needs `ask_user`, and a
    /// cross-app task's key nodes give progress hop by hop.
    @Suite struct PhoneTrustTests {
        static let registry = SandboxRegistry([PhoneSandbox()])

        func play(_ task: TaskDefinition, _ plan: [String]? = nil) async throws -> EpisodeOutcome {
            var played = task
            if let plan { played.oracle = plan }
            let sandboxes = try await HostedSandboxes.start(Self.registry, serving: ["phone"], poolSize: 1)
            let outcome = await HarnessFixture.runner(sandboxes).run(played, key: HarnessFixture.key(played), index: 0, player: .oracle)
            await sandboxes.stop()
            return outcome
        }

        @Test func anInfeasibleTaskNeedsTheEvidenceAndTheStatus() async throws {
            let task = try HarnessFixture.task("phone/wifi-missing-001")
            let oracle = try await play(task)
            #expect(oracle.status == .success && oracle.score == 1, "\(oracle.reason)")
            // Looking, then claiming success, fails on the status.
            HarnessFixture.expectWrong(try await play(task, Array(task.oracle.dropLast()) + ["stop [Connected]"]), "infeasible")
            // Declaring it infeasible without looking at the networks earns nothing.
            HarnessFixture.expectWrong(try await play(task, ["answer [infeasible] [It is not in range.]"]), "url")
        }

        @Test func damageBesideTheGoalZeroesTheScore() async throws {
            let task = try HarnessFixture.task("phone/pin-note-001")
            #expect(try await play(task).status == .success)
            let more = Array(task.oracle.dropLast()) + ["long_press button 'Lentil soup'", "click button 'Pin'", "stop"]
            HarnessFixture.expectWrong(try await play(task, more), "notes[id=")
        }

        @Test func whatOnlyTheUserKnowsIsAsked() async throws {
            let task = try HarnessFixture.task("phone/wifi-connect-ask-001")
            let oracle = try await play(task)
            #expect(oracle.status == .success, "\(oracle.reason)")
            #expect(oracle.steps.contains { $0.observation.contains("The password is fernwa-3866.") }, "the reply is on the screen")
            // A guessed password connects nothing.
            let guess = task.oracle.filter { !$0.hasPrefix("ask_user") && $0 != "click button 'OK'" }
                .map { $0.replacingOccurrences(of: "fernwa-3866", with: "password123") }
            HarnessFixture.expectWrong(try await play(task, guess), "state")
        }

        @Test func aCrossAppTasksKeyNodesGiveProgressHopByHop() async throws {
            let task = try HarnessFixture.task("phone/invoice-sender-contact-001")
            let oracle = try await play(task)
            #expect(oracle.status == .success && oracle.keyNodesReached == 2, "\(oracle.reason)")
            let firstHop = Array(task.oracle.prefix { $0 != "navigate_home" }) + ["stop"]
            let halfway = try await play(task, firstHop)
            #expect(halfway.status == .failure && halfway.keyNodesReached == 1 && halfway.progress == 0.5, "\(halfway.reason)")
        }
    }
}
