import Defaults
import Foundation
import GauntletTesting
import Harness
import Testing

/// The defaults tables in docs/ agree with `Defaults`. A defaults table is a Markdown
/// table with a `setting` column (the member's name in backticks, or `—` for a value the
/// protocol fixes) and a `default` column (the value as the code has it, units after a space).
@Suite struct DefaultsDocumentationTests {
    static func seconds(_ value: Double) -> String { "\(Int(value)) s" }
    static func mebibytes(_ value: UInt64) -> String { "\(value) MiB" }

    /// Every default, as a document writes it.
    static let documented: [String: String] = [
        "Defaults.Run.suite": Defaults.Run.suite,
        "Defaults.Run.epochs": "\(Defaults.Run.epochs)",
        "Defaults.Run.concurrency": "\(Defaults.Run.concurrency)",
        "Defaults.Run.seed": "\(Defaults.Run.seed)",
        "Defaults.Run.steps": "\(Defaults.Run.steps)",
        "Defaults.Run.stepSeconds": seconds(Defaults.Run.stepSeconds),
        "Defaults.Run.episodeSeconds": seconds(Defaults.Run.episodeSeconds),
        "Defaults.Run.handshakeSeconds": seconds(Defaults.Run.handshakeSeconds),
        "Defaults.Verify.concurrency": "\(Defaults.Verify.concurrency)",
        "Defaults.Verify.stepSeconds": seconds(Defaults.Verify.stepSeconds),
        "Defaults.Agent.cpuSeconds": seconds(Double(Defaults.Agent.cpuSeconds)),
        "Defaults.Agent.addressSpaceMiB": mebibytes(Defaults.Agent.addressSpaceMiB),
        "Defaults.Agent.fileSizeMiB": mebibytes(Defaults.Agent.fileSizeMiB),
        "Defaults.Agent.openFiles": "\(Defaults.Agent.openFiles)",
        "Defaults.Agent.processes": "\(Defaults.Agent.processes)",
        "Defaults.Agent.memoryMiB": mebibytes(Defaults.Agent.memoryMiB),
        "Defaults.Agent.scratchMiB": mebibytes(Defaults.Agent.scratchMiB),
        "Defaults.Paths.leaderboard": Defaults.Paths.leaderboard,
        "Defaults.Paths.report": Defaults.Paths.report,
        "Defaults.Paths.tasks": Defaults.Paths.tasks,
        "Defaults.Paths.sandboxes": Defaults.Paths.sandboxes,
        "Defaults.Paths.agents": Defaults.Paths.agents,
        "Defaults.PoolSize.run": "\(Defaults.PoolSize.run)",
        "Defaults.PoolSize.verify": "\(Defaults.PoolSize.verify)",
        "Defaults.PoolSize.single": "\(Defaults.PoolSize.single)",
        "Defaults.PoolSize.bench": "\(Defaults.PoolSize.bench)",
        "Defaults.Serve.port": "\(Defaults.Serve.port)",
        "Defaults.Serve.seed": "\(Defaults.Serve.seed)",
        "Defaults.Serve.maxCharacters": "\(Defaults.Serve.maxCharacters)",
        "Defaults.EnvServer.port": "\(Defaults.EnvServer.port)",
        "Defaults.EnvServer.maxSessions": "\(Defaults.EnvServer.maxSessions)",
        "Defaults.EnvServer.idleSeconds": seconds(Defaults.EnvServer.idleSeconds),
        "Defaults.EnvServer.poolSize": "\(Defaults.EnvServer.poolSize)",
        "Defaults.Generate.count": "\(Defaults.Generate.count)",
        "Defaults.Generate.seed": "\(Defaults.Generate.seed)",
        "Defaults.Generate.difficulty": Defaults.Generate.difficulty,
        "Defaults.Bench.observeIterations": "\(Defaults.Bench.observeIterations)",
        "Defaults.Bench.protocolIterations": "\(Defaults.Bench.protocolIterations)",
        "Defaults.Bench.protocolSpawns": "\(Defaults.Bench.protocolSpawns)",
        "Defaults.Bench.sandbox": Defaults.Bench.sandbox,
        "Defaults.Bench.sandboxInstances": "\(Defaults.Bench.sandboxInstances)",
        "Defaults.Bench.sandboxRequests": "\(Defaults.Bench.sandboxRequests)",
        "Defaults.Bench.sandboxLiveInstances": "\(Defaults.Bench.sandboxLiveInstances)",
        "Defaults.Bench.textgameSteps": "\(Defaults.Bench.textgameSteps)",
        "Defaults.Bench.textgameTasks": "\(Defaults.Bench.textgameTasks)",
        "Defaults.Bench.textgameHarnessSteps": "\(Defaults.Bench.textgameHarnessSteps)",
        "Defaults.Bench.phoneInstances": "\(Defaults.Bench.phoneInstances)",
        "Defaults.Bench.phoneSteps": "\(Defaults.Bench.phoneSteps)",
        "Defaults.Bench.leaderboardEpisodes": "\(Defaults.Bench.leaderboardEpisodes)",
        "Defaults.Bench.leaderboardSteps": "\(Defaults.Bench.leaderboardSteps)",
        "Defaults.Judge.concurrency": "\(Defaults.Judge.concurrency)",
        "Defaults.Judge.timeoutSeconds": seconds(Defaults.Judge.timeoutSeconds),
        "Defaults.Judge.attempts": "\(Defaults.Judge.attempts)",
        "Defaults.Judge.httpAttempts": "\(Defaults.Judge.httpAttempts)",
        "Defaults.Judge.backoffMilliseconds": "\(Defaults.Judge.backoffMilliseconds)",
        "Defaults.Judge.observationCharacters": "\(Defaults.Judge.observationCharacters)",
        "Defaults.Judge.iterations": "\(Defaults.Judge.iterations)",
        "Defaults.Judge.metricSet": Defaults.Judge.metricSet,
        "Defaults.Review.port": "\(Defaults.Review.port)",
    ]

    struct Row {
        let file: String
        let line: Int
        let setting: String
        let value: String
    }

    /// The rows of every defaults table in docs/.
    static func rows() throws -> [Row] {
        let docs = URL(fileURLWithPath: Checkout.path("docs"))
        var rows: [Row] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            var columns: (setting: Int, value: Int)?
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard line.hasPrefix("|") else { columns = nil; continue }
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if columns == nil {
                    if let setting = cells.firstIndex(of: "setting"), let value = cells.firstIndex(of: "default") {
                        columns = (setting, value)
                    }
                    continue
                }
                guard let (setting, value) = columns, cells.count > max(setting, value), !cells[setting].hasPrefix("---") else { continue }
                rows.append(Row(file: "docs/\(name)", line: index + 1, setting: cells[setting].replacingOccurrences(of: "`", with: ""),
                                value: cells[value].replacingOccurrences(of: "`", with: "")))
            }
        }
        return rows
    }

    @Test func everyDocumentedDefaultIsTheCodes() throws {
        let rows = try Self.rows()
        #expect(rows.count >= Self.documented.count)
        for row in rows where row.setting != "—" {
            let expected = Self.documented[row.setting]
            #expect(expected != nil, "\(row.file):\(row.line): setting: no default named \(row.setting)")
            #expect(expected == nil || row.value == expected,
                    "\(row.file):\(row.line): default: \(row.setting) is \(expected ?? ""), the table says \(row.value)")
        }
    }

    @Test func everyDefaultIsDocumented() throws {
        let settings = Set(try Self.rows().map(\.setting))
        for name in Self.documented.keys.sorted() {
            #expect(settings.contains(name), "\(name) is in no defaults table in docs/")
        }
    }
}
