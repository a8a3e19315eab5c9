import Vocabulary
/// The pages of the static report. Every string from the database is escaped with
/// `HTMLText.escape` (through `e`), because agents wrote much of it.
struct HTMLPages {
    let report: Report
    /// Run id → file name under `runs/`.
    let runFiles: [String: String]
    /// `gauntlet review`: episode pages get a form that posts feedback to the server.
    var reviewing = false

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    func page(title: String, root: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <link rel="stylesheet" href="\(root)style.css">
        </head>
        <body>
        <nav><a href="\(root)index.html">Leaderboard</a><a href="\(root)report.md">Markdown</a><a href="\(root)report.json">JSON</a></nav>
        \(body)
        </body>
        </html>

        """
    }

    func statusBadge(_ status: EpisodeStatus) -> String {
        "<span class=\"status \(status.rawValue)\">\(status.rawValue)</span>"
    }

    private func runLink(_ id: String, root: String) -> String {
        guard let file = runFiles[id] else { return e(id) }
        return "<a href=\"\(root)runs/\(file)\">\(e(id))</a>"
    }

    // MARK: index.html

    func index() -> String {
        var b = "<h1>Gauntlet leaderboard</h1>\n"
        b += "<p class=\"meta\">\(report.runs.count) run(s) from <code>\(e(report.databasePath))</code>, schema \(e(report.schemaVersion)). "
        b += "\(e(MarkdownRenderer.rules.replacingOccurrences(of: "`", with: ""))) Success counts final attempts ending in <code>success</code>; "
        b += "the 95% interval is a percentile bootstrap over tasks (\(report.bootstrap.resamples) resamples, seed 0x\(String(report.bootstrap.seed, radix: 16))).</p>\n"
        guard !report.tables.isEmpty else {
            return page(title: "Gauntlet leaderboard", root: "", body: b + "<p class=\"empty\">No episodes recorded yet.</p>\n")
        }
        for table in report.tables {
            b += "<h2\(table.isSubset ? " class=\"subset\"" : "")>\(e(table.title))</h2>\n"
            b += SuccessChart.svg(table.ranked)
            // The terminal table's cells, so every renderer shows the same figures.
            b += "<table>\n<tr>" + TableRenderer.headers.enumerated().map { i, header in
                "<th\(TableRenderer.numeric.contains(i) ? " class=\"num\"" : "")>\(e(header))</th>"
            }.joined() + "</tr>\n"
            for row in table.rows {
                b += "<tr\(row.rank == nil ? " class=\"earlier\"" : "")>"
                for (i, cell) in TableRenderer.cells(row).enumerated() {
                    let content = TableRenderer.headers[i] == "run" ? runLink(row.runID, root: "") : e(cell)
                    b += "<td class=\"\(TableRenderer.numeric.contains(i) ? "num" : "nowrap")\">\(content)</td>"
                }
                b += "</tr>\n"
            }
            b += "</table>\n"
        }
        let streams = report.tables.flatMap(\.ranked).compactMap { row in row.learning.map { (row, $0) } }
        if !streams.isEmpty {
            b += "<h2>Learning curves</h2>\n<p class=\"meta\">Stream runs (<code>gauntlet run --stream</code>): one agent process "
            b += "played the episodes in order and saw each outcome. Early/late = success on the first/last third of the stream; "
            b += "AUC = mean success-so-far over the stream.</p>\n"
            for (row, curve) in streams {
                b += "<h3>\(e(row.agent)) · \(runLink(row.runID, root: "")) · \(e(row.split ?? "no split"))</h3>\n"
                b += LearningChart.summary(curve) + LearningChart.svg(curve)
            }
        }
        b += traitTable()
        b += breakdown(report.suites)
        b += breakdown(report.templates)
        // Every run, latest first, with one success column per split: a figure never mixes splits.
        let splits = Set(report.runs.flatMap { $0.records.map { $0.split ?? "" } }).sorted()
        b += "<h2>Runs</h2>\n<table>\n<tr><th>run</th><th>agent</th><th>status</th><th>suites</th><th class=\"num\">attempts</th>"
        for split in splits { b += "<th class=\"num\">success \(e(split.isEmpty ? "(no split)" : split))</th>" }
        b += "<th>started</th></tr>\n"
        for entry in report.runs.reversed() {
            let r = entry.run
            b += "<tr><td>\(runLink(r.id, root: ""))</td><td>\(e(r.agentLabel))</td><td>\(e(r.status.rawValue))</td>"
            b += "<td>\(e(r.suites.map { "\($0.name) \($0.version)" }.joined(separator: ", ")))</td>"
            b += "<td class=\"num\">\(entry.episodes.count)</td>"
            for split in splits {
                let episodes = entry.records.filter { ($0.split ?? "") == split }
                if episodes.isEmpty {
                    b += "<td class=\"num empty\">–</td>"
                } else {
                    let s = OutcomeSummary(episodes, bootstrap: report.bootstrap)
                    b += "<td class=\"num\">\(NumberFormat.percent(s.successRate)) <span class=\"meta\">(n=\(s.episodes))</span></td>"
                }
            }
            b += "<td>\(e(Timestamp.format(r.startedAt)))</td></tr>\n"
        }
        b += "</table>\n"
        return page(title: "Gauntlet leaderboard", root: "", body: b)
    }

    /// Traits per run and metric, then the metric sets with their coverage and redundancy.
    private func traitTable() -> String {
        var b = ""
        if !report.traits.isEmpty {
            b += "<h2>\(e(TraitTable.title))</h2>\n<p class=\"meta\">\(e(TraitTable.rules))</p>\n<table>\n<tr>"
            b += TraitTable.headers.enumerated().map { i, h in "<th\(TraitTable.numeric.contains(i) ? " class=\"num\"" : "")>\(e(h))</th>" }.joined()
            b += "</tr>\n"
            for row in report.traits {
                b += "<tr>" + TraitTable.cells(row).enumerated().map { i, cell in
                    let content = i == 1 ? runLink(row.runID, root: "") : e(cell)
                    return "<td class=\"\(TraitTable.numeric.contains(i) ? "num" : "nowrap")\">\(content)</td>"
                }.joined() + "</tr>\n"
            }
            b += "</table>\n"
        }
        if !report.metricSets.isEmpty {
            b += "<h2>Metric sets</h2>\n<p class=\"meta\">Coverage: share of feedback aspects matched by a trait of the same sign; "
            b += "redundancy: share of non-zero traits on episodes with feedback that match no aspect (docs/metrics.md).</p>\n<table>\n<tr>"
            b += MetricSetTable.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for set in report.metricSets {
                b += "<tr>" + MetricSetTable.cells(set).map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
            }
            b += "</table>\n"
        }
        return b
    }

    private func breakdown(_ bd: Breakdown) -> String {
        var b = "<h2>Success by \(bd.dimension.rawValue)</h2>\n<table>\n<tr><th>\(bd.dimension.rawValue)</th>"
        for agent in bd.agents { b += "<th class=\"num\">\(e(agent))</th>" }
        b += "</tr>\n"
        for (i, group) in bd.groups.enumerated() {
            b += "<tr><td>\(e(group))</td>"
            for cell in bd.cells[i] {
                if let s = cell {
                    b += "<td class=\"num\" title=\"95% CI \(NumberFormat.interval(s.ciLow, s.ciHigh)), \(s.episodes) episodes\">"
                    b += "\(NumberFormat.percent(s.successRate)) <span class=\"meta\">(\(NumberFormat.interval(s.ciLow, s.ciHigh)), n=\(s.episodes))</span></td>"
                } else {
                    b += "<td class=\"num empty\">–</td>"
                }
            }
            b += "</tr>\n"
        }
        return b + "</table>\n"
    }

    // MARK: runs/<id>.html

    func run(_ entry: RunEpisodes) -> String {
        let r = entry.run
        let s = OutcomeSummary(entry.records, bootstrap: report.bootstrap)
        var b = "<h1>Run \(e(r.id))</h1>\n"
        b += "<p class=\"meta\">\(e(r.agentLabel)) · \(s.episodes) episodes · success \(NumberFormat.percent(s.successRate)) "
        b += "(95% CI \(NumberFormat.interval(s.ciLow, s.ciHigh))) · \(e(NumberFormat.statuses(s)))</p>\n"
        b += "<h2>Provenance</h2>\n<dl class=\"fields\">\n"
        for (label, value) in ReportProvenance.fields(r) {
            b += "<dt>\(e(label))</dt><dd><code>\(e(value))</code></dd>\n"
        }
        b += "</dl>\n"
        if r.mode == .stream, let curve = LearningCurve(entry.records, bootstrap: report.bootstrap) {
            b += "<h2>Learning curve</h2>\n" + LearningChart.summary(curve) + LearningChart.svg(curve)
        }
        b += "<h2>Episodes</h2>\n"
        let streamed = r.mode == .stream
        b += "<table>\n<tr>" + (streamed ? "<th class=\"num\">index</th>" : "") + "<th>task</th><th>template</th><th class=\"num\">epoch</th><th class=\"num\">seed</th><th class=\"num\">attempt</th>"
        b += "<th>status</th><th class=\"num\">score</th><th class=\"num\">progress</th><th class=\"num\">steps</th>"
        b += "<th class=\"num\">wall</th><th class=\"num\">cost</th><th></th></tr>\n"
        let ordered = streamed ? entry.episodes.sorted { ($0.record.streamIndex ?? 0, $0.record.attempt) < ($1.record.streamIndex ?? 0, $1.record.attempt) } : entry.episodes
        for stored in ordered {
            let x = stored.record
            b += "<tr>" + (streamed ? "<td class=\"num\">\(x.streamIndex.map(String.init) ?? "–")</td>" : "") + "<td>\(e(x.taskID))</td><td>\(e(x.template ?? ""))</td><td class=\"num\">\(x.epoch)</td><td class=\"num\">\(x.seed)</td>"
            b += "<td class=\"num\">\(x.attempt)</td><td>\(statusBadge(x.status))</td><td class=\"num\">\(NumberFormat.fixed(x.score, 2))</td>"
            b += "<td class=\"num\">\(NumberFormat.optionalPercent(x.progress))</td><td class=\"num\">\(x.steps)</td>"
            b += "<td class=\"num\">\(NumberFormat.fixed(Double(x.wallMilliseconds) / 1000, 2)) s</td><td class=\"num\">\(NumberFormat.usd(x.costUSD))</td>"
            b += "<td><a href=\"../episodes/\(stored.id).html\">replay</a></td></tr>\n"
        }
        b += "</table>\n"
        return page(title: "Run \(r.id)", root: "../", body: b)
    }

    // MARK: episodes/<id>.html

    func episode(_ stored: StoredEpisode, steps: [StepRecord]) -> String {
        let x = stored.record
        var b = "<h1>\(e(x.taskID)) \(statusBadge(x.status))</h1>\n"
        b += "<p class=\"meta\">Episode \(stored.id) of run \(runLink(x.runID, root: "../")) · epoch \(x.epoch) · attempt \(x.attempt)</p>\n"
        if let goal = x.goal { b += "<h2>Goal</h2>\n<p class=\"goal\">\(e(goal))</p>\n" }
        var fields: [(String, String)] = [
            ("status", x.status.rawValue), ("score", NumberFormat.fixed(x.score, 3)),
            ("progress", NumberFormat.optionalPercent(x.progress)), ("reason", x.reason),
        ]
        if let answer = x.answer {
            fields.append(("answer", "\(answer.status.rawValue): \(answer.text)"))
        } else {
            fields.append(("answer", "–"))
        }
        fields += [
            ("final url", x.finalURL ?? "–"), ("suite", x.suite), ("template", x.template ?? "–"), ("split", x.split ?? "–"),
            ("task revision", String(x.revision)), ("task sha256", x.taskChecksum), ("seed", String(x.seed)),
            ("steps", String(x.steps)), ("wall time", NumberFormat.fixed(Double(x.wallMilliseconds) / 1000, 3) + " s"),
            ("tokens in / out", "\(x.inputTokens.map(String.init) ?? "–") / \(x.outputTokens.map(String.init) ?? "–")"),
            ("cost", NumberFormat.usd(x.costUSD)),
        ]
        b += "<dl class=\"fields\">\n"
        for (label, value) in fields { b += "<dt>\(e(label))</dt><dd>\(e(value))</dd>\n" }
        b += "</dl>\n"

        b += keyNodes(x.keyNodes)
        b += "<h2>Checks</h2>\n"
        if x.checkerResults.isEmpty {
            b += "<p class=\"empty\">No checker results stored.</p>\n"
        } else {
            b += "<table class=\"checks\">\n<tr><th>check</th><th>result</th><th class=\"num\">score</th><th>expected</th><th>actual</th><th>reason</th></tr>\n"
            for c in x.checkerResults {
                b += "<tr><td class=\"nowrap\"><code>\(e(c.check))</code></td><td class=\"nowrap \(c.passed ? "pass" : "fail")\">\(c.passed ? "✓ passed" : "✗ failed")</td>"
                b += "<td class=\"num\">\(NumberFormat.fixed(c.score, 2))</td>"
                b += "<td class=\"expect\">\(c.expected.map { "<pre>\(e($0))</pre>" } ?? "")</td>"
                b += "<td class=\"actual\">\(c.actual.map { "<pre>\(e($0))</pre>" } ?? "")</td><td>\(e(c.reason))</td></tr>\n"
            }
            b += "</table>\n"
        }
        b += stateDiff(x.stateDiff)
        if !x.metrics.isEmpty {
            b += "<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th class=\"num\">value</th></tr>\n"
            for name in x.metrics.keys.sorted() {
                let value = x.metrics[name] ?? 0
                let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : NumberFormat.fixed(value, 3)
                b += "<tr><td>\(e(name))</td><td class=\"num\">\(text)</td></tr>\n"
            }
            b += "</table>\n"
        }

        b += traits(x.traits)
        b += feedback(stored.id)

        b += "<h2>Steps</h2>\n"
        if steps.isEmpty { b += "<p class=\"empty\">No steps recorded.</p>\n" }
        for (position, step) in steps.enumerated() {
            b += "<section class=\"step\" id=\"step-\(step.index)\">\n"
            b += "<h3>Step \(step.index) <span class=\"lat\">· \(NumberFormat.fixed(Double(step.latencyMicroseconds) / 1000, 1)) ms"
            if let url = step.url { b += " · \(e(url))" }
            b += "</span></h3>\n"
            let lines = step.observation.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            // The first observation starts open, so a reader sees where the agent began.
            b += "<details\(position == 0 ? " open" : "")><summary>observation (\(lines) lines)</summary><pre>\(e(step.observation))</pre></details>\n"
            if let thought = step.thought, !thought.isEmpty { b += "<p class=\"thought\">\(e(thought))</p>\n" }
            b += "<p>action <code>\(e(step.action))</code></p>\n"
            if let error = step.error { b += "<p class=\"error\">error: \(e(error))</p>\n" }
            for trait in x.traits where trait.steps.contains(step.index) {
                b += "<p class=\"trait \(ratingClass(trait.rating))\">\(e(ratingText(trait.rating))) <b>\(e(trait.metric))</b> "
                b += "<span class=\"meta\">(\(e(trait.metricSet))@\(trait.setVersion))</span>: \(e(trait.reasoning))</p>\n"
            }
            b += "</section>\n"
        }
        if !x.stderrTail.isEmpty {
            b += "<h2>Agent stderr (tail)</h2>\n<details><summary>\(x.stderrTail.split(separator: "\n").count) lines</summary><pre>\(e(x.stderrTail))</pre></details>\n"
        }
        return page(title: "\(x.taskID) · episode \(stored.id)", root: "../", body: b)
    }

    /// Every trait with its judge's reasoning and links to the steps it cites (each step
    /// shows the traits citing it too).
    private func traits(_ traits: [TraitRecord]) -> String {
        guard !traits.isEmpty else { return "" }
        var b = "<h2>Traits</h2>\n<p class=\"meta\">+1 good, −1 bad, 0 not applicable; rule judges check the step criteria of every episode, "
        b += "induced metrics come from <code>gauntlet metrics judge</code>.</p>\n"
        b += "<table class=\"traits\">\n<tr><th>metric set</th><th>metric</th><th>rating</th><th>judge</th><th>reasoning</th><th>steps</th></tr>\n"
        for t in traits {
            let steps = t.steps.map { "<a href=\"#step-\($0)\">\($0)</a>" }.joined(separator: ", ")
            b += "<tr><td class=\"nowrap\">\(e(t.metricSet))@\(t.setVersion)</td><td class=\"nowrap\">\(e(t.metric))</td>"
            b += "<td class=\"nowrap \(ratingClass(t.rating))\">\(e(ratingText(t.rating)))</td><td>\(e(t.judge))</td>"
            b += "<td>\(e(t.error.map { "judge error: \($0)" } ?? t.reasoning))</td><td class=\"nowrap\">\(steps)</td></tr>\n"
        }
        return b + "</table>\n"
    }

    private func ratingText(_ rating: Int?) -> String {
        switch rating {
        case nil: "error"
        case .some(1): "+1"
        case .some(-1): "−1"
        default: "0"
        }
    }

    private func ratingClass(_ rating: Int?) -> String {
        switch rating {
        case .some(1): "pass"
        case .some(-1): "fail"
        default: "meta"
        }
    }

    /// People's feedback on the episode; under `gauntlet review`, a form to add more.
    private func feedback(_ episodeID: Int64) -> String {
        let items = report.feedback[episodeID] ?? []
        guard reviewing || !items.isEmpty else { return "" }
        var b = "<h2 id=\"feedback\">Feedback</h2>\n"
        if items.isEmpty { b += "<p class=\"empty\">No feedback yet.</p>\n" }
        for item in items {
            b += "<blockquote class=\"feedback\"><p>\(e(item.text))</p><footer>— \(e(item.author)), \(e(Timestamp.format(item.createdAt)))</footer></blockquote>\n"
        }
        if reviewing {
            b += "<form method=\"post\" action=\"/episodes/\(episodeID)/feedback\">\n"
            b += "<p><label>Author <input name=\"author\" value=\"reviewer\" required></label></p>\n"
            b += "<p><label>Feedback<br><textarea name=\"text\" rows=\"4\" cols=\"80\" required></textarea></label></p>\n"
            b += "<p><button type=\"submit\">Save feedback</button></p>\n</form>\n"
        }
        return b
    }

    /// Reached nodes name the step after whose action they were first seen, linked to it.
    private func keyNodes(_ nodes: [KeyNodeRecord]) -> String {
        guard !nodes.isEmpty else { return "" }
        let reached = nodes.filter { $0.reachedAtStep != nil }.count
        var b = "<h2>Key nodes</h2>\n<p class=\"meta\">\(reached) of \(nodes.count) reached.</p>\n"
        b += "<table>\n<tr><th>key node</th><th>check</th><th>reached</th></tr>\n"
        for node in nodes {
            b += "<tr><td>\(e(node.name))</td><td><code>\(e(node.check))</code></td>"
            if let step = node.reachedAtStep {
                b += "<td class=\"nowrap pass\">✓ reached at <a href=\"#step-\(step)\">step \(step)</a></td></tr>\n"
            } else {
                b += "<td class=\"nowrap fail\">✗ missed</td></tr>\n"
            }
        }
        return b + "</table>\n"
    }

    private func stateDiff(_ diff: StateDiff?) -> String {
        var b = "<h2>State changes</h2>\n"
        guard let diff else { return b + "<p class=\"empty\">No state diff recorded.</p>\n" }
        guard !diff.isEmpty else { return b + "<p class=\"empty\">The final state equals the initial one.</p>\n" }
        b += "<p class=\"meta\">Rows of the final state against the initial one, compared whole: an updated row counts as one removed and one added.</p>\n"
        b += "<table>\n<tr><th>table</th><th class=\"num\">rows added</th><th class=\"num\">rows removed</th></tr>\n"
        for change in diff.changes {
            b += "<tr class=\"diff\"><td>\(e(change.table))</td><td class=\"num\">+\(change.added)</td><td class=\"num\">−\(change.removed)</td></tr>\n"
        }
        return b + "</table>\n"
    }
}
