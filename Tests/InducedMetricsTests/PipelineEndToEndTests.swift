import Foundation
import GauntletTesting
import Testing
@testable import InducedMetrics
import Leaderboard
import Vocabulary

/// The whole pipeline through the real binary: a run of the heuristic agent (step
/// criteria on every episode), feedback imported, then `metrics induce`, `judge`,
/// `evaluate`, `list`, `show` and `report` against the deterministic fake
/// OpenAI-compatible endpoint, which answers 429 and 500 first and one non-JSON answer.
@Suite(.serialized) struct PipelineEndToEndTests {
    /// The fake endpoint as a child process; `PORT n` on its stdout says it is ready.
    final class FakeEndpoint {
        let process = Process()
        let port: Int
        let log: String

        /// Starts the server and waits (without blocking a thread) for the port it writes to a file.
        init(arguments: [String]) async throws {
            log = TemporaryFolder.path("judge-log", fileExtension: "jsonl")
            let portFile = TemporaryFolder.path("judge-port")
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Checkout.path("examples/feedback/fake_openai_judge.py"), "--log", log, "--port-file", portFile] + arguments
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var found: Int?
            for _ in 0..<400 where found == nil {
                try await Task.sleep(for: .milliseconds(25))
                found = (try? String(contentsOfFile: portFile, encoding: .utf8)).flatMap { Int($0) }
            }
            port = try #require(found, "the fake endpoint wrote no port")
        }

        func requests() throws -> [JSONValue] {
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
            return try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        }

        /// SIGKILL: a child of the test runner may inherit SIGTERM as ignored.
        deinit {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test func inducesJudgesAndEvaluatesThroughTheBinary() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let run = try await GauntletProcess.run([
            "run", "--agent", "python3 examples/agents/heuristic_agent.py", "--suite", "shop", "--tasks", "shop/price-of-product-*",
            "--db", db, "--run-name", "heuristic",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let runID = try #require(run.runID)
        let board = try Leaderboard(existingAt: db)
        let episodes = try board.episodes(runID: runID)
        #expect(episodes.count == 3)
        // Step criteria on every episode, from the rule judges, as it was recorded.
        for stored in episodes {
            let rules = stored.record.traits.filter { $0.metricSet == "step-criteria" }
            #expect(rules.map(\.metric).sorted() == ["backtracking", "ignored_error", "invalid_action", "premature_stop", "repeated_action_loop", "unseen_answer"])
            #expect(rules.allSatisfy { $0.judge == "rule" && $0.rating != nil })
        }

        let feedback = TemporaryFolder.path("feedback", fileExtension: "jsonl")
        let lines = [
            #"{"run": "heuristic", "task": "shop/price-of-product-001", "author": "t", "text": "Typed the product name into the search box, good. It answered the price it saw on the page."}"#,
            #"{"run": "heuristic", "task": "shop/price-of-product-002", "text": "It never used the search box; clicked unrelated links instead."}"#,
            "// a comment line",
            #"{"episode": \#(episodes[2].id), "text": "The answer was a guess: no page showed that value."}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: feedback))
        let imported = try await GauntletProcess.run(["feedback", "import", feedback, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 3 feedback"))
        let again = try await GauntletProcess.run(["feedback", "import", feedback, "--db", db])
        #expect(again.stdout.contains("imported 0 feedback from \(feedback) (3 already stored)"))
        let bad = TemporaryFolder.path("bad", fileExtension: "jsonl")
        try Data(#"{"run": "heuristic", "task": "shop/none", "text": "x"}"#.utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try await GauntletProcess.run(["feedback", "import", bad, "--db", db])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("\(bad):1:"))

        let endpoint = try await FakeEndpoint(arguments: ["--fail", "429,500", "--bad", "1"])
        let environment = [
            "GAUNTLET_JUDGE_BASE_URL": "http://127.0.0.1:\(endpoint.port)/v1", "GAUNTLET_JUDGE_MODEL": "fake-judge",
            "GAUNTLET_JUDGE_API_KEY": "sk-test", "GAUNTLET_JUDGE_PRICE_IN": "1", "GAUNTLET_JUDGE_PRICE_OUT": "2",
            "GAUNTLET_JUDGE_BACKOFF_MS": "1",
        ]
        let induce = try await GauntletProcess.run(
            ["metrics", "induce", "--judge", "openai", "--db", db, "--concurrency", "1"], environment: environment)
        #expect(induce.status == 0, "\(induce.stderr)")
        #expect(induce.stdout.contains("stored induced@1"))
        #expect(induce.stdout.contains("coverage "))
        #expect(induce.stdout.contains("redundancy "))

        // Retries: the scripted 429 and 500 came first, then the call went through.
        let requests = try endpoint.requests()
        #expect(requests.prefix(3).map { $0["status"]?.intValue } == [429, 500, 200])
        #expect(requests.allSatisfy { $0["authorization"]?.stringValue == "Bearer sk-test" && $0["model"]?.stringValue == "fake-judge" })
        #expect(requests.allSatisfy { $0["strict"]?.boolValue == true })
        // The prompts and schemas sent are the pipeline's.
        let first = try #require(requests.first { $0["purpose"]?.stringValue == "ground" })
        #expect(first["prompt"]?.stringValue == Prompts.ground)
        #expect(first["schema"] == Prompts.groundSchema)
        let cluster = try #require(requests.first { $0["purpose"]?.stringValue == "cluster" })
        #expect(cluster["prompt"]?.stringValue == Prompts.cluster)
        #expect(requests.contains { $0["purpose"]?.stringValue == "judge" && $0["prompt"]?.stringValue == Prompts.judge })

        // Every call is recorded; cost is tokens × price.
        let calls = try await Self.calls(db)
        #expect(!calls.isEmpty)
        for call in calls where !call.cached {
            let expected = (Double(call.inputTokens ?? 0) * 1 + Double(call.outputTokens ?? 0) * 2) / 1_000_000
            #expect(abs((call.costUSD ?? -1) - expected) < 1e-12)
        }
        #expect(calls.contains { $0.purpose == "ground" && $0.attempts == 1 && $0.error == nil })
        // The non-JSON answer to the first judge request was asked again.
        #expect(calls.contains { $0.purpose == "judge" && $0.attempts == 2 && $0.error == nil })

        let set = try MetricSet.decode(try board.metricSet(name: "induced").json, source: "test")
        #expect(!set.metrics.isEmpty)
        #expect(set.feedback.count == 3)
        #expect(set.judge == "openai:fake-judge@http://127.0.0.1:\(endpoint.port)/v1")

        // Judging the run: the episodes with feedback were judged during induction, so their calls are cache hits.
        let judge = try await GauntletProcess.run(["metrics", "judge", runID, "--judge", "openai", "--db", db], environment: environment)
        #expect(judge.status == 0, "\(judge.stderr)")
        #expect(judge.stdout.contains("judged 3 episode(s) of run \(runID) on induced@1"))
        #expect(judge.stdout.contains("judge calls 3 (3 cached, 0 failed), requests 0"))
        #expect(judge.stdout.contains("cost $0.0000"))
        let count = try endpoint.requests().count
        let rejudge = try await GauntletProcess.run(["metrics", "judge", runID, "--judge", "openai", "--db", db], environment: environment)
        #expect(rejudge.stdout.contains("(3 cached, 0 failed)"))
        #expect(try endpoint.requests().count == count)
        for stored in try board.episodes(runID: runID) {
            #expect(Set(stored.record.traits.filter { $0.metricSet == "induced" }.map(\.metric)) == Set(set.metrics.map(\.name)))
        }

        let evaluate = try await GauntletProcess.run(["metrics", "evaluate", "--db", db])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let stored = try board.metricSet(name: "induced")
        let evaluation = MetaEvaluation(aspects: set.aspects, metrics: set.metrics, traits: try board.traits(metricSet: "induced", version: 1))
        #expect(evaluate.stdout.contains("induced@1: \(evaluation.summary)"))
        #expect(stored.coverage == evaluation.coverage)
        #expect(stored.redundancy == evaluation.redundancy)

        let list = try await GauntletProcess.run(["metrics", "list", "--db", db])
        #expect(list.stdout.contains("induced@1"))
        let show = try await GauntletProcess.run(["metrics", "show", "induced@1", "--db", db])
        #expect(try MetricSet.decode(show.stdout, source: "show") == set)

        let leaderboard = try await GauntletProcess.run(["leaderboard", "--db", db])
        #expect(leaderboard.stdout.contains("Induced metrics and step criteria"))
        #expect(leaderboard.stdout.contains("step-criteria@1"))
        #expect(leaderboard.stdout.contains("induced@1"))

        let site = try TemporaryFolder.make("site")
        let report = try await GauntletProcess.run(["report", "--db", db, "--out", site])
        #expect(report.status == 0, "\(report.stderr)")
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(index.contains("Induced metrics and step criteria"))
        #expect(index.contains("Metric sets"))
        let page = try String(contentsOfFile: site + "/episodes/\(episodes[2].id).html", encoding: .utf8)
        #expect(page.contains("<h2>Traits</h2>"))
        #expect(page.contains("The answer was a guess: no page showed that value."))
        #expect(page.contains("class=\"trait "))
    }

    private static func calls(_ db: String) async throws -> [JudgeCallRecord] {
        let board = try Leaderboard(existingAt: db)
        let sessions = try board.judgeSessions()
        return try sessions.flatMap { try board.judgeCalls(session: $0) }
    }
}
