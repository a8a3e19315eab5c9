import Foundation
import Vocabulary

/// Writes the static report: `index.html`, `style.css`, `runs/<run>.html`,
/// `episodes/<id>.html`, `report.md` and `report.json`.
public enum ReportSite {
    public struct Summary: Sendable, Equatable {
        public var runPages: Int
        public var episodePages: Int
    }

    /// Writes into `directory` (created if missing). Steps are read one episode at a
    /// time through `steps`, so a large run never sits in memory whole.
    @discardableResult
    public static func write(_ report: Report, to directory: String, steps: (Int64) throws -> [StepRecord]) throws -> Summary {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory + "/runs", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: directory + "/episodes", withIntermediateDirectories: true)

        var runFiles: [String: String] = [:]
        var taken: Set<String> = []
        for entry in report.runs {
            var name = HTMLText.fileSlug(entry.run.id)
            var n = 2
            while taken.contains(name) {
                name = HTMLText.fileSlug(entry.run.id) + "-\(n)"
                n += 1
            }
            taken.insert(name)
            runFiles[entry.run.id] = name + ".html"
        }
        let pages = HTMLPages(report: report, runFiles: runFiles)

        try write(ReportStyle.css + "\n", to: directory + "/style.css")
        try write(pages.index(), to: directory + "/index.html")
        try write(MarkdownRenderer.report(report), to: directory + "/report.md")
        try write(try JSONRenderer.report(report), to: directory + "/report.json")
        var episodePages = 0
        for entry in report.runs {
            try write(pages.run(entry), to: directory + "/runs/" + (runFiles[entry.run.id] ?? "run.html"))
            for stored in entry.episodes {
                try write(pages.episode(stored, steps: try steps(stored.id)), to: directory + "/episodes/\(stored.id).html")
                episodePages += 1
            }
        }
        return Summary(runPages: report.runs.count, episodePages: episodePages)
    }

    /// Writes the report of `leaderboard`'s runs (all when `runIDs` is empty).
    @discardableResult
    public static func write(_ leaderboard: Leaderboard, runIDs: [String] = [], to directory: String) throws -> Summary {
        let report = try Report(leaderboard: leaderboard, runIDs: runIDs)
        return try write(report, to: directory) { try leaderboard.steps(episodeID: $0) }
    }

    /// The report's pages one at a time, rendered from the leaderboard when asked:
    /// what `gauntlet review` serves, with a feedback form on every episode page.
    public struct LivePages: Sendable {
        let leaderboard: Leaderboard

        public init(leaderboard: Leaderboard) {
            self.leaderboard = leaderboard
        }

        private func pages(_ report: Report) -> HTMLPages {
            var files: [String: String] = [:]
            for entry in report.runs { files[entry.run.id] = "\(HTMLText.fileSlug(entry.run.id)).html" }
            return HTMLPages(report: report, runFiles: files, reviewing: true)
        }

        public func index() throws -> String {
            pages(try Report(leaderboard: leaderboard)).index()
        }

        /// The run whose page file is `file` (`runs/<file>`), or nil.
        public func run(file: String) throws -> String? {
            let report = try Report(leaderboard: leaderboard)
            let pages = pages(report)
            return report.runs.first { pages.runFiles[$0.run.id] == file }.map(pages.run)
        }

        public func episode(id: Int64) throws -> String? {
            guard let stored = try leaderboard.episode(id: id) else { return nil }
            let report = try Report(leaderboard: leaderboard, runIDs: [stored.record.runID])
            return pages(report).episode(stored, steps: try leaderboard.steps(episodeID: id))
        }

        public static var css: String { ReportStyle.css + "\n" }
    }

    private static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
