import AgentProtocol
import AgentRunner
import Foundation
import Testing

/// `AgentProcess.check`: every launch refusal, found without starting anything, each
/// with the user's fix.
@Suite struct LaunchCheckTests {
    @Test func anAgentInAFolderHoldingProtectedPathsIsRefusedWithAFix() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = checkout.root + "/agent.py"
        try "print()\n".write(toFile: script, atomically: true, encoding: .utf8)
        let error = try #require(throws: AgentLaunchError.self) {
            try AgentProcess.check(checkout.configuration(["python3", script]), support: .current)
        }
        #expect(error.message.contains("would expose the protected path"))
        #expect(error.fix?.hasPrefix("move the agent into a folder of its own") == true)
        #expect(error.description.contains(". Fix: move the agent"))
    }

    @Test func anInterpreterScriptMustExistButModulesAndInlineCodeNeedNone() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        var configuration = checkout.configuration(["python3", "-u", "missing_agent.py"])
        configuration.isolation = .preferSandbox
        let error = try #require(throws: AgentLaunchError.self) { try AgentProcess.check(configuration) }
        #expect(error.message.hasPrefix("the agent script 'missing_agent.py' does not exist"))
        #expect(error.fix != nil)
        for command in [["python3", "-m", "http.server"], ["sh", "-c", "exit 0"], ["python3", try checkout.agent("ok", "print()\n")]] {
            configuration.command = command
            #expect(throws: Never.self) { try AgentProcess.check(configuration) }
        }
    }

    @Test func aMissingExecutableIsRefused() throws {
        let error = try #require(throws: AgentLaunchError.self) {
            try AgentProcess.check(AgentConfiguration(command: ["no-such-agent-binary"], limits: TestCheckout.limits, isolation: .preferSandbox))
        }
        #expect(error.message == "agent executable 'no-such-agent-binary' not found (or not executable)")
        #expect(error.fix != nil)
    }
}
