import AgentProtocol
import Testing
import Vocabulary

@Suite struct MessageTests {
    @Test func helloIsCompactWithTypeFirst() {
        let line = String(decoding: HarnessMessage.hello(harness: "gauntlet 0.1.0", mode: .episode).line, as: UTF8.self)
        #expect(line == "{\"type\":\"hello\",\"protocol\":\"gauntlet/1\",\"harness\":\"gauntlet 0.1.0\",\"mode\":\"episode\"}\n")
    }

    @Test func episodeCarriesTaskLimitsSeedAndObservation() throws {
        let tree = RawJSON(unchecked: #"{"role":"RootWebArea"}"#)
        let start = EpisodeStart(
            episode: EpisodeInfo(id: "e1", index: 0, seed: UInt64.max),
            task: TaskBrief(id: "shop/t", goal: "Buy it", sandboxes: ["shop"]), actionSpace: .web,
            limits: EpisodeLimits(steps: 5, stepSeconds: 1.5, episodeSeconds: 30, maxLineBytes: 4096),
            observation: Observation(url: "http://shop.localhost/", title: "Shop", text: "[1] RootWebArea 'Shop'",
                                     tabs: [TabInfo(index: 0, title: "Shop", url: "http://shop.localhost/", active: true)], tree: tree))
        let bytes = HarnessMessage.episode(start).line
        #expect(bytes.last == 0x0A)
        #expect(bytes.dropLast().firstIndex(of: 0x0A) == nil)
        let value = try JSONParser.parse(bytes: Array(bytes.dropLast()))
        #expect(value["type"]?.stringValue == "episode")
        #expect(value["episode"]?["seed"] == .double(18446744073709551615.0) || value["episode"]?["seed"]?.intValue != nil)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"seed\":18446744073709551615"))
        #expect(value["task"]?["goal"]?.stringValue == "Buy it")
        #expect(value["action_space"]?.stringValue == "web")
        #expect(value["limits"]?["step_seconds"]?.doubleValue == 1.5)
        #expect(value["observation"]?["tree"]?["role"]?.stringValue == "RootWebArea")
        #expect(value["observation"]?["tabs"]?.arrayValue?.first?["active"] == .bool(true))
    }

    @Test func episodeEndHidesTheScoreUnlessRevealed() throws {
        let hidden = try JSONParser.parse(bytes: Array(HarnessMessage.episodeEnd(EpisodeEnd(episodeID: "e", steps: 3, revealed: false, status: .success, score: 1)).line.dropLast()))
        #expect(hidden["status"] == nil && hidden["score"] == nil)
        let shown = try JSONParser.parse(bytes: Array(HarnessMessage.episodeEnd(EpisodeEnd(episodeID: "e", steps: 3, revealed: true, status: .failure, score: 0.5, feedback: "no")).line.dropLast()))
        #expect(shown["status"]?.stringValue == "failure")
        #expect(shown["score"]?.doubleValue == 0.5)
        #expect(shown["feedback"]?.stringValue == "no")
    }

    @Test func decodesAgentMessages() throws {
        func decode(_ s: String) throws(ProtocolError) -> AgentMessage { try AgentMessage.decode(line: Array(s.utf8), space: .web) }
        #expect(try decode(#"{"type":"ready","agent":"a","version":"2"}"#) == .ready(ReadyMessage(agent: "a", version: "2")))
        #expect(try decode(#"{"type":"action","action":"click [3]","thought":"t","usage":{"input_tokens":10,"output_tokens":2,"cost_usd":0.5,"model":"m"}}"#)
            == .action(ActionMessage(action: .click(.id("3")), thought: "t", usage: Usage(inputTokens: 10, outputTokens: 2, costUSD: 0.5, model: "m"))))
        #expect(try decode(#"{"action":{"name":"go_back"}}"#) == .action(ActionMessage(action: .goBack)))
        #expect(throws: ProtocolError.wrongShape("ready: protocol \"gauntlet/9\" is not supported (this harness speaks gauntlet/1)")) {
            try decode(#"{"type":"ready","agent":"a","protocol":"gauntlet/9"}"#)
        }
        #expect(throws: ProtocolError.wrongShape("field 'usage.input_tokens' must be a non-negative integer")) {
            try decode(#"{"type":"action","action":"go_back","usage":{"input_tokens":-1}}"#)
        }
        #expect(throws: ProtocolError.wrongShape("action: field 'action' must be a string or an object, not number")) {
            try decode(#"{"type":"action","action":5}"#)
        }
        #expect(throws: ProtocolError.invalidAction(ActionParseError("click: missing target element"))) {
            try decode(#"{"type":"action","action":"click"}"#)
        }
    }

    @Test func usageAddsUp() {
        var total = Usage()
        total.add(Usage(inputTokens: 10, outputTokens: 1, costUSD: 0.25, model: "a"))
        total.add(Usage(inputTokens: 5, model: "b"))
        #expect(total == Usage(inputTokens: 15, outputTokens: 1, costUSD: 0.25, model: "b"))
    }

    @Test func statusesAreTheContract() {
        #expect(EpisodeStatus.allCases.map(\.rawValue) == ["success", "failure", "step_limit", "timeout", "agent_error", "protocol_error", "sandbox_error"])
        #expect(EpisodeStatus.allCases.filter(\.isRetriable) == [.sandboxError])
        #expect(AnswerStatus.allCases.map(\.rawValue) == ["ok", "not_found", "infeasible", "permission_denied", "action_not_allowed", "data_validation"])
    }
}
