import AgentProtocol
import AgentRunner
import Defaults
import Foundation
@testable import Harness
import Testing
import Worlds

extension HarnessSuites {
    /// The episode loop in-process: a real sandbox host on loopback, the real worlds, real
    /// agent processes; steps must carry the observation each action was chosen on.
    @Suite struct EpisodeLoopTests {
        @Test func anOracleReplaysThroughTheBrowserWorldAndRecordsEachStepsObservation() async throws {
            let task = try HarnessFixture.task("shop/add-address-001")
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["shop"], poolSize: 1)
            let outcome = await HarnessFixture.runner(sandboxes).run(task, key: HarnessFixture.key(task), index: 0, player: .oracle)
            await sandboxes.stop()

            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(outcome.score == 1)
            #expect(outcome.steps.map(\.action).count == task.oracle.count)
            #expect(outcome.steps.map(\.index) == Array(1...task.oracle.count))
            // Step n was chosen on what step n-1 led to: the start page, then the login page…
            let origin = try #require(sandboxes.origins["shop"]).description
            #expect(outcome.steps[0].url == origin + "/")
            #expect(outcome.steps[1].url == origin + "/login")
            #expect(outcome.steps[5].url == origin + "/account/addresses")
            #expect(outcome.steps[1].observation.contains("Email address"))
            // Key nodes were checked after every step, by the harness, from the world's location.
            #expect(outcome.keyNodesTotal == 2 && outcome.keyNodesReached == 2)
            #expect(outcome.progress == 1)
            #expect(outcome.finalURL.hasPrefix(origin + "/account/addresses"))
        }

        @Test func anOracleReplaysThroughTheTextGameWorld() async throws {
            let suite = try HarnessFixture.suite("crafting")
            let task = try #require(suite.tasks.first)
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["games"], poolSize: 1)
            let outcome = await HarnessFixture.runner(sandboxes).run(task, key: HarnessFixture.key(task), index: 0, player: .oracle)
            await sandboxes.stop()

            #expect(outcome.status == .success, "\(outcome.reason)")
            #expect(outcome.steps.count == task.oracle.count)
            let game = try #require(outcome.steps.first?.url)
            #expect(game.contains("/play/"))
            #expect(outcome.steps.allSatisfy { $0.url == game }, "a game stays at one location")
            #expect(Set(outcome.steps.map(\.observation)).count > 1, "each step shows the screen its command was chosen on")
        }

        /// An agent that reports, in each action's thought, the URL of the observation it
        /// was sent: the stored step must carry the same one.
        @Test func aScriptedAgentsStepsCarryTheObservationsItWasSent() async throws {
            let directory = try HarnessFixture.directory("scripted-agent")
            let script = """
                import json, sys
                plan = ["click [999999]", "goto [shop:/cart]", "not an action at all", "goto [shop:/login]", "stop [done]"]
                step = 0
                for line in sys.stdin:
                    message = json.loads(line)
                    kind = message["type"]
                    if kind == "hello":
                        print(json.dumps({"type": "ready", "agent": "scripted", "version": "1"}), flush=True)
                    elif kind in ("episode", "observation"):
                        url = message["observation"]["url"]
                        print(json.dumps({"type": "action", "action": plan[step], "thought": url}), flush=True)
                        step += 1
                    elif kind == "bye":
                        break
                """
            try Data(script.utf8).write(to: URL(fileURLWithPath: "\(directory)/agent.py"))
            let task = try HarnessFixture.task("shop/add-address-001")
            let sandboxes = try await HostedSandboxes.start(HarnessFixture.registry, serving: ["shop"], poolSize: 1)
            let agent = AgentConfiguration(command: ["python3", "\(directory)/agent.py"], limits: Defaults.Agent.limits)
            let outcome = await HarnessFixture.runner(sandboxes).run(task, key: HarnessFixture.key(task), index: 0, player: .agent(agent))
            await sandboxes.stop()

            #expect(outcome.status == .failure, "answered, and the checks fail: \(outcome.reason) \(outcome.stderr)")
            #expect(outcome.answer?.text == "done")
            #expect(outcome.steps.count == 5)
            let origin = try #require(sandboxes.origins["shop"]).description
            #expect(outcome.steps.map(\.url) == [origin + "/", origin + "/", origin + "/cart", origin + "/cart", origin + "/login"])
            for step in outcome.steps {
                if let thought = step.thought { #expect(step.url == thought, "step \(step.index)") }
            }
            #expect(outcome.steps[0].error != nil, "no element 999999")
            #expect(outcome.steps[2].error != nil && outcome.steps[2].thought == nil, "a line that does not parse")
            #expect(outcome.steps[2].observation == outcome.steps[3].observation, "an invalid line changes nothing")
        }
    }
}
