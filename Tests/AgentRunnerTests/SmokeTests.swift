import AgentProtocol
import AgentRunner
import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func noopAgentStopsAtOnce() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/agents/noop_agent.py").path
        let (hello, transcript, session) = try await playOne(checkout.configuration([python3, script]))
        #expect(hello == .ready(ReadyMessage(agent: "noop", version: "1.0")))
        #expect(transcript?.answer == Answer(status: .ok, value: .string("")))
        #expect(transcript?.steps.count == 1)
        #expect(session.process.record.isolation == "bubblewrap")
    }
}
