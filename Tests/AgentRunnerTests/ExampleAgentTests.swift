import Digest
import AgentProtocol
@testable import AgentRunner
import Foundation
import GauntletTesting
import Testing
import Vocabulary

func example(_ name: String) -> String { Checkout.path("examples/agents/\(name)") }

/// The example agents, run for real in the sandbox against the fake shop.
@Suite struct ExampleAgentTests {
    @Test func noopAgentStopsAtOnce() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let (hello, t, session) = try await playOne(checkout.configuration([python3, example("noop_agent.py")]))
        #expect(hello == .ready(ReadyMessage(agent: "noop", version: "1.0")))
        #expect(t?.answer == Answer(status: .ok, value: .string("")))
        #expect(t?.steps.count == 1)
        #expect(session.process.record.isolation == "bubblewrap")
    }

    @Test func heuristicAgentAddsTheProductToTheCart() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let (_, t, _) = try await playOne(checkout.configuration([python3, example("heuristic_agent.py")]),
                                          episode: shopEpisode(goal: "Add the Red Running Shoe to the cart"))
        let transcript = try #require(t)
        #expect(transcript.steps.map(\.action) == [Action.click(.id("5")), .click(.id("12")), .stop(Answer(status: .ok, value: .string("done")))].map(\.description))
    }

    @Test func heuristicAgentAnswersAPriceQuestion() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let (_, t, _) = try await playOne(checkout.configuration([python3, example("heuristic_agent.py")]),
                                          episode: shopEpisode(goal: "What is the price of the Blue Rain Jacket?"))
        #expect(t?.answer == Answer(status: .ok, value: .string("$89.00")))
        #expect(t?.steps.count == 2)
    }

    @Test func heuristicAgentSearchesWhenNoLinkMatches() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let (_, t, _) = try await playOne(checkout.configuration([python3, example("heuristic_agent.py")]),
                                          episode: shopEpisode(goal: "Search for hiking boots", steps: 5))
        let transcript = try #require(t)
        #expect(transcript.steps.first?.action == Action.type(.id("2"), text: "hiking boots", pressEnter: true).description)
        // It never repeats an action on the same page, and ends with an answer.
        #expect(transcript.answer != nil)
    }

    func randomActions(seed: UInt64, checkout: TestCheckout) async throws -> [String] {
        let (_, t, _) = try await playOne(checkout.configuration([python3, example("random_agent.py")]),
                                          episode: shopEpisode(seed: seed, steps: 12))
        return (t?.steps ?? []).map(\.action)
    }

    @Test func randomAgentIsReproducibleFromTheSeed() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let first = try await randomActions(seed: 7, checkout: checkout)
        let again = try await randomActions(seed: 7, checkout: checkout)
        #expect(first == again)
        #expect(!first.isEmpty)
        var others: [[String]] = []
        for seed: UInt64 in [8, 9, 10] { others.append(try await randomActions(seed: seed, checkout: checkout)) }
        #expect(others.contains { $0 != first })
        // Huge seeds (above 2^63) are read exactly.
        let big = try await randomActions(seed: UInt64.max - 1, checkout: checkout)
        #expect(!big.isEmpty && !big.contains("invalid"))
    }

    @Test func shellOneLinerAgentWrittenFromTheDocWorks() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let (hello, t, _) = try await playOne(checkout.configuration(["/bin/sh", example("shell_agent.sh")]))
        #expect(hello == .ready(ReadyMessage(agent: "shell-oneliner", version: "1")))
        #expect(t?.answer == Answer(status: .infeasible, value: .string("N/A")), "WebArena's stop [N/A] keeps its value (docs/protocol.md)")
    }

    @Test func swiftAgentBuiltByThePackageWorks() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let binary = try BuiltProduct.swiftAgent.path()
        let (hello, t, session) = try await playOne(checkout.configuration([binary]))
        #expect(hello == .ready(ReadyMessage(agent: "swift-example", version: "1.0")))
        let transcript = try #require(t)
        #expect(transcript.steps.first?.action == Action.click(.id("3")).description)
        #expect(transcript.answer == Answer(status: .ok, value: .string("done")))
        #expect(session.process.record.executable.sha256 == (try SHA256.hexOfFile(atPath: binary)))
    }

    @Test func llmAgentTalksToAnOpenAICompatibleEndpoint() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let server = try FakeLLMServer()
        defer { server.stop() }
        var configuration = checkout.configuration([python3, example("llm_agent.py")])
        configuration.network = .host
        configuration.environment = ["GAUNTLET_LLM_BASE_URL": "http://127.0.0.1:\(server.port)/v1",
                                     "GAUNTLET_LLM_MODEL": "fake-model", "GAUNTLET_LLM_API_KEY": "test-key",
                                     "GAUNTLET_LLM_PRICE_IN": "1", "GAUNTLET_LLM_PRICE_OUT": "2"]
        let (_, t, session) = try await playOne(configuration)
        let transcript = try #require(t)
        #expect(transcript.steps.map(\.action) == [Action.click(.id("5")), .click(.id("12")), .stop(Answer(status: .ok, value: .string("done")))].map(\.description))
        #expect(transcript.steps.first?.thought?.contains("step by step") == true)
        #expect((transcript.usage.inputTokens ?? 0) > 100)
        #expect((transcript.usage.outputTokens ?? 0) > 10)
        #expect(transcript.usage.model == "fake-model")
        #expect((transcript.usage.costUSD ?? 0) > 0)
        #expect(session.process.record.network == "host")
        #expect(session.process.record.warnings.contains { $0.contains("host's network") })
    }

    @Test func llmAgentWithoutNetworkFailsAsAnAgentError() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let server = try FakeLLMServer()
        defer { server.stop() }
        var configuration = checkout.configuration([python3, example("llm_agent.py")])
        configuration.environment = ["GAUNTLET_LLM_BASE_URL": "http://127.0.0.1:\(server.port)/v1", "GAUNTLET_LLM_MODEL": "fake-model"]
        let (_, t, session) = try await playOne(configuration)
        #expect(t?.reason == .agentTerminated(.exited(code: 3)))
        #expect(t?.statusIfUnanswered == .agentError)
        #expect(session.process.stderr.text.contains("Connection refused"))
    }

    @Test func streamModeRevealsFeedbackToAPersistentAgent() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        // Answers each episode with the feedback of the previous one and its own counter.
        let script = try checkout.agent("learner", pythonPrelude + """
        handshake_msg = None
        memory = "nothing yet"
        count = 0
        for m in messages():
            if m["type"] == "hello":
                send({"type": "ready", "agent": "learner"})
            elif m["type"] == "episode":
                count += 1
                stop({"index": m["episode"]["index"], "remembered": memory, "process_episodes": count})
            elif m["type"] == "episode_end":
                memory = "%s/%s/%s" % (m.get("status"), m.get("score"), m.get("feedback"))
            elif m["type"] == "bye":
                break
        """)
        let session = try AgentSession(configuration: checkout.configuration([python3, script]), mode: .stream)
        #expect(await session.handshake(timeout: .seconds(10)) == .ready(ReadyMessage(agent: "learner")))
        let first = await session.run(shopEpisode(id: "s-0", index: 0), environment: FakeShop())
        await session.endEpisode(EpisodeEnd(episodeID: "s-0", steps: first.steps.count, revealed: true,
                                            status: .failure, score: 0.5, feedback: "wrong item"))
        let second = await session.run(shopEpisode(id: "s-1", index: 1), environment: FakeShop())
        #expect(first.answer?.value["remembered"]?.stringValue == "nothing yet")
        #expect(second.answer?.value["remembered"]?.stringValue == "failure/0.5/wrong item")
        #expect(second.answer?.value["index"]?.intValue == 1)
        #expect(second.answer?.value["process_episodes"]?.intValue == 2)
        #expect(await session.close() == .exited(code: 0))
    }
}

/// examples/agents/fake_llm_server.py on a free loopback port of the host.
final class FakeLLMServer: Sendable {
    let process: Process
    let port: Int

    init() throws {
        let process = Process()
        let output = Pipe()
        // The real interpreter, not a pyenv shim: a shim's bash would outlive a SIGTERM.
        process.executableURL = URL(fileURLWithPath: try ResolvedCommand.resolveExecutable(python3))
        process.arguments = [example("fake_llm_server.py")]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw AgentLaunchError("fake LLM server did not start: \(text)")
        }
        self.process = process
        self.port = port
    }

    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
