import Foundation
import Vocabulary

/// The leaderboard and the report as JSON: keys sorted, so the same database always
/// gives the same bytes.
public enum JSONRenderer {
    /// An array with one object per leaderboard row, each naming its table.
    public static func render(_ tables: [StandingsTable]) throws -> String {
        try encode(rows(tables))
    }

    static func rows(_ tables: [StandingsTable]) -> [RowJSON] {
        tables.flatMap { table in table.rows.map { RowJSON(table: table, row: $0) } }
    }

    public static func report(_ report: Report) throws -> String {
        try encode(ReportJSON(report))
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// A coding key made from any string, for objects whose keys are assembled from parts.
    struct JSONKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct SummaryJSON: Encodable {
        let s: OutcomeSummary

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: JSONKey.self)
            try encodeFields(into: &c)
        }

        func encodeFields(into c: inout KeyedEncodingContainer<JSONKey>) throws {
            try c.encode(s.episodes, forKey: JSONKey("episodes"))
            try c.encode(s.retries, forKey: JSONKey("retries"))
            try c.encode(s.tasks, forKey: JSONKey("tasks"))
            try c.encode(s.successes, forKey: JSONKey("successes"))
            try c.encode(s.successRate, forKey: JSONKey("success_rate"))
            try c.encode(s.ciLow, forKey: JSONKey("ci_low"))
            try c.encode(s.ciHigh, forKey: JSONKey("ci_high"))
            try c.encode(s.meanScore, forKey: JSONKey("mean_score"))
            try c.encode(s.progress, forKey: JSONKey("progress"))
            try c.encode(s.meanSteps, forKey: JSONKey("mean_steps"))
            try c.encode(s.meanWallMilliseconds, forKey: JSONKey("mean_wall_ms"))
            try c.encode(s.costUSD, forKey: JSONKey("cost_usd"))
            try c.encode(s.costedEpisodes, forKey: JSONKey("costed_episodes"))
            try c.encode(s.inputTokens, forKey: JSONKey("input_tokens"))
            try c.encode(s.outputTokens, forKey: JSONKey("output_tokens"))
            try c.encode(s.maxK, forKey: JSONKey("k"))
            try c.encode(s.passAt[s.maxK], forKey: JSONKey("pass_at_k"))
            try c.encode(s.passHat[s.maxK], forKey: JSONKey("pass_hat_k"))
            try c.encode(Dictionary(uniqueKeysWithValues: s.passAt.map { (String($0.key), $0.value) }), forKey: JSONKey("pass_at"))
            try c.encode(Dictionary(uniqueKeysWithValues: s.passHat.map { (String($0.key), $0.value) }), forKey: JSONKey("pass_hat"))
            try c.encode(
                Dictionary(uniqueKeysWithValues: s.statuses.map { ($0.key.rawValue, $0.value) }), forKey: JSONKey("statuses"))
        }
    }

    struct RowJSON: Encodable {
        let table: StandingsTable
        let row: LeaderboardRow

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: JSONKey.self)
            try c.encode(row.rank, forKey: JSONKey("rank"))
            try c.encode(row.split, forKey: JSONKey("split"))
            try c.encode(table.title, forKey: JSONKey("table"))
            try c.encode(table.tasks, forKey: JSONKey("table_tasks"))
            try c.encode(table.suiteTasks, forKey: JSONKey("suite_tasks"))
            try c.encode(table.isSubset, forKey: JSONKey("subset"))
            try c.encode(Timestamp.format(row.startedAt), forKey: JSONKey("started_at"))
            try c.encode(row.agent, forKey: JSONKey("agent"))
            try c.encode(row.runID, forKey: JSONKey("run_id"))
            try c.encode(row.runName, forKey: JSONKey("run_name"))
            try c.encode(row.suite, forKey: JSONKey("suite"))
            try c.encode(row.agentSHA256, forKey: JSONKey("agent_sha256"))
            try c.encode(row.harnessVersion, forKey: JSONKey("harness_version"))
            try c.encode(row.networkMode, forKey: JSONKey("network_mode"))
            try SummaryJSON(s: row.summary).encodeFields(into: &c)
            if let curve = row.learning { try c.encode(LearningJSON(curve: curve), forKey: JSONKey("learning")) }
        }
    }

    struct LearningJSON: Encodable {
        let curve: LearningCurve

        enum CodingKeys: String, CodingKey {
            case episodes, window, third, success_rate, early_rate, late_rate, improvement, improvement_ci_low
            case improvement_ci_high, auc, restarts, points
        }

        struct PointJSON: Encodable {
            let p: LearningCurve.Point
            enum CodingKeys: String, CodingKey { case index, task_id, status, score, running_mean, window_mean, agent_process }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(p.index, forKey: .index)
                try c.encode(p.taskID, forKey: .task_id)
                try c.encode(p.status.rawValue, forKey: .status)
                try c.encode(p.score, forKey: .score)
                try c.encode(p.runningMean, forKey: .running_mean)
                try c.encode(p.windowMean, forKey: .window_mean)
                try c.encode(p.agentProcess, forKey: .agent_process)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(curve.episodes, forKey: .episodes)
            try c.encode(curve.window, forKey: .window)
            try c.encode(curve.third, forKey: .third)
            try c.encode(curve.successRate, forKey: .success_rate)
            try c.encode(curve.earlyRate, forKey: .early_rate)
            try c.encode(curve.lateRate, forKey: .late_rate)
            try c.encode(curve.improvement, forKey: .improvement)
            try c.encode(curve.improvementLow, forKey: .improvement_ci_low)
            try c.encode(curve.improvementHigh, forKey: .improvement_ci_high)
            try c.encode(curve.auc, forKey: .auc)
            try c.encode(curve.restarts, forKey: .restarts)
            try c.encode(curve.points.map(PointJSON.init), forKey: .points)
        }
    }

    struct CellJSON: Encodable {
        let group: String
        let agent: String
        let runID: String
        let summary: OutcomeSummary

        enum CodingKeys: String, CodingKey { case group, agent, run_id, summary }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            try c.encode(agent, forKey: .agent)
            try c.encode(runID, forKey: .run_id)
            try c.encode(SummaryJSON(s: summary), forKey: .summary)
        }
    }

    /// An answer as stored: its status name and its text.
    struct AnswerJSON: Encodable {
        let status: String
        let value: String

        init(_ answer: Answer) {
            status = answer.status.rawValue
            value = answer.text
        }
    }

    struct EpisodeJSON: Encodable {
        let e: StoredEpisode

        enum CodingKeys: String, CodingKey {
            case id, task_id, suite, template, split, revision, task_checksum, seed, epoch, attempt, status, score
            case progress, steps, wall_ms, cost_usd, answer, reason, checkers, metrics, stream_index, agent_process
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let r = e.record
            try c.encode(e.id, forKey: .id)
            try c.encode(r.taskID, forKey: .task_id)
            try c.encode(r.suite, forKey: .suite)
            try c.encode(r.template, forKey: .template)
            try c.encode(r.split, forKey: .split)
            try c.encode(r.revision, forKey: .revision)
            try c.encode(r.taskChecksum, forKey: .task_checksum)
            try c.encode(r.seed, forKey: .seed)
            try c.encode(r.epoch, forKey: .epoch)
            try c.encode(r.attempt, forKey: .attempt)
            try c.encode(r.status.rawValue, forKey: .status)
            try c.encode(r.score, forKey: .score)
            try c.encode(r.progress, forKey: .progress)
            try c.encode(r.steps, forKey: .steps)
            try c.encode(r.wallMilliseconds, forKey: .wall_ms)
            try c.encode(r.costUSD, forKey: .cost_usd)
            try c.encode(r.answer.map(AnswerJSON.init), forKey: .answer)
            try c.encode(r.reason, forKey: .reason)
            try c.encode(r.checkerResults, forKey: .checkers)
            try c.encode(r.metrics, forKey: .metrics)
            if let index = r.streamIndex { try c.encode(index, forKey: .stream_index) }
            if let process = r.agentProcess { try c.encode(process, forKey: .agent_process) }
        }
    }

    struct RunJSON: Encodable {
        let entry: RunEpisodes
        var bootstrap = Bootstrap()

        enum CodingKeys: String, CodingKey {
            case id, name, status, agent, agent_command, agent_sha256, harness_version, suites, seed, epochs
            case network_mode, machine, started_at, finished_at, configuration, episodes, mode, learning
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let r = entry.run
            try c.encode(r.id, forKey: .id)
            try c.encode(r.name, forKey: .name)
            try c.encode(r.status.rawValue, forKey: .status)
            try c.encode(r.agentLabel, forKey: .agent)
            try c.encode(r.agentCommand, forKey: .agent_command)
            try c.encode(r.agentSHA256, forKey: .agent_sha256)
            try c.encode(r.harnessVersion, forKey: .harness_version)
            try c.encode(r.suites, forKey: .suites)
            try c.encode(r.seed, forKey: .seed)
            try c.encode(r.epochs, forKey: .epochs)
            try c.encode(r.networkMode, forKey: .network_mode)
            try c.encode(r.machine, forKey: .machine)
            try c.encode(Timestamp.format(r.startedAt), forKey: .started_at)
            try c.encode(r.finishedAt.map(Timestamp.format), forKey: .finished_at)
            try c.encode(r.configurationJSON, forKey: .configuration)
            try c.encode(entry.episodes.map(EpisodeJSON.init), forKey: .episodes)
            try c.encode(r.mode.rawValue, forKey: .mode)
            if r.mode == .stream, let curve = LearningCurve(entry.records, bootstrap: bootstrap) {
                try c.encode(LearningJSON(curve: curve), forKey: .learning)
            }
        }
    }

    struct ReportJSON: Encodable {
        let report: Report

        init(_ report: Report) { self.report = report }

        enum CodingKeys: String, CodingKey {
            case database, schema_version, bootstrap_resamples, bootstrap_seed, leaderboard, by_suite, by_template, runs, traits
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(report.databasePath, forKey: .database)
            try c.encode(report.schemaVersion, forKey: .schema_version)
            try c.encode(report.bootstrap.resamples, forKey: .bootstrap_resamples)
            try c.encode(report.bootstrap.seed, forKey: .bootstrap_seed)
            try c.encode(JSONRenderer.rows(report.tables), forKey: .leaderboard)
            try c.encode(cells(report.suites), forKey: .by_suite)
            try c.encode(cells(report.templates), forKey: .by_template)
            try c.encode(report.runs.map { RunJSON(entry: $0, bootstrap: report.bootstrap) }, forKey: .runs)
            try c.encode(report.traits.map(TraitJSON.init), forKey: .traits)
        }

        private func cells(_ b: Breakdown) -> [CellJSON] {
            b.groups.enumerated().flatMap { i, group in
                b.cells[i].enumerated().compactMap { j, s in
                    s.map { CellJSON(group: group, agent: b.agents[j], runID: b.runIDs[j], summary: $0) }
                }
            }
        }
    }

    /// One run's mean rating on one metric (`TraitSummary`), as the report's tables show it.
    struct TraitJSON: Encodable {
        let t: TraitSummary

        enum CodingKeys: String, CodingKey {
            case agent, run_id, metric_set, set_version, metric, mean, ci_low, ci_high, rated, not_applicable, errors
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(t.agent, forKey: .agent)
            try c.encode(t.runID, forKey: .run_id)
            try c.encode(t.metricSet, forKey: .metric_set)
            try c.encode(t.setVersion, forKey: .set_version)
            try c.encode(t.metric, forKey: .metric)
            try c.encode(t.mean, forKey: .mean)
            try c.encode(t.ciLow, forKey: .ci_low)
            try c.encode(t.ciHigh, forKey: .ci_high)
            try c.encode(t.rated, forKey: .rated)
            try c.encode(t.notApplicable, forKey: .not_applicable)
            try c.encode(t.errors, forKey: .errors)
        }
    }
}
