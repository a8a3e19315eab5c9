import ArgumentParser
import Defaults
import Foundation
import Leaderboard

struct LeaderboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Show the leaderboard: one table per suite, split and task set; each agent ranked by its latest run.",
        discussion: """
            Runs compare only with runs of the same tasks: a run of a subset (--tasks, --limit) \
            gets a table of its own, marked as a subset, and a split is never mixed into \
            another's figures. --all-runs lists every run of each agent under its latest, \
            latest first. Success is the share of final attempts ending in `success`, with a \
            95% percentile bootstrap interval over tasks; pass@k and pass^k are over epochs. \
            With --compare A --compare B, prints a paired comparison of two runs on their \
            common tasks. The rules: docs/leaderboard.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, md, json
    }

    @Option(help: LeaderboardLocation.help)
    var db: String?

    @Option(help: "Only episodes of this suite.")
    var suite: String?

    @Option(help: "Output format.")
    var format: Format = .table

    @Option(help: "A run id; give exactly two to compare them task by task.")
    var compare: [String] = []

    @Flag(name: .customLong("all-runs"), help: "List every run of each agent (latest first), not only its latest.")
    var allRuns = false

    func validate() throws {
        if !compare.isEmpty && compare.count != 2 {
            throw ValidationError("--compare needs exactly two run ids, got \(compare.count)")
        }
    }

    func run() async throws {
        let board = try LeaderboardLocation.open(db)
        do {
            if compare.count == 2 {
                try printComparison(board)
                return
            }
            let rows = try board.standings(suite: suite, allRuns: allRuns)
            if rows.isEmpty && format != .json {
                print("No episodes in \(board.path)" + (suite.map { " for suite '\($0)'" } ?? "") + ".")
                return
            }
            switch format {
            case .table:
                print(TableRenderer.render(rows), terminator: "")
                print(TraitTable.render(try traitRows(board)), terminator: "")
            case .md: print(MarkdownRenderer.render(rows), terminator: "")
            case .json: print(try JSONRenderer.render(rows), terminator: "")
            }
        } catch let error as LeaderboardError {
            throw CommandError(error.description)
        }
    }

    /// The traits of each agent's latest run in the tables shown.
    private func traitRows(_ board: Leaderboard) throws -> [TraitSummary] {
        let latest = try board.standings(suite: suite, allRuns: false).flatMap(\.rows).filter { $0.rank != nil }.map(\.runID)
        var seen: Set<String> = []
        let runs = latest.filter { seen.insert($0).inserted }
        return TraitSummary.rows(try board.runEpisodes(ids: runs), bootstrap: Bootstrap())
    }

    private func printComparison(_ board: Leaderboard) throws {
        let a = try board.episodes(runID: compare[0]).map(\.record).filter { suite == nil || $0.suite == suite }
        let b = try board.episodes(runID: compare[1]).map(\.record).filter { suite == nil || $0.suite == suite }
        guard let c = PairedComparison(a: a, b: b) else {
            throw CommandError("runs \(compare[0]) and \(compare[1]) share no task")
        }
        func pct(_ x: Double) -> String { String(format: "%+.1f%%", x * 100) }
        print("A = \(compare[0])  success \(String(format: "%.1f%%", c.successA * 100))")
        print("B = \(compare[1])  success \(String(format: "%.1f%%", c.successB * 100))")
        print("common tasks \(c.tasks); A better on \(c.aBetter), B better on \(c.bBetter)")
        print("A − B = \(pct(c.difference))  95% CI [\(pct(c.ciLow)), \(pct(c.ciHigh))] (paired bootstrap over tasks)")
    }
}

/// Where the leaderboard database is: `--db`, else `$GAUNTLET_HOME/leaderboard/gauntlet.sqlite`,
/// else `leaderboard/gauntlet.sqlite` in the current directory. `--db postgres://…` is a
/// PostgreSQL database. Only the default folder is ever created: a `--db` names a file in
/// a folder that exists, and another URL is refused with what is supported, rather than
/// becoming a folder named `mysql:`.
enum LeaderboardLocation {
    /// The `--db` option's help, shared by every command that has one.
    static var help: ArgumentHelp {
        "The leaderboard: a SQLite file or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (default: $GAUNTLET_HOME/\(Defaults.Paths.leaderboard), else ./\(Defaults.Paths.leaderboard))."
    }

    static func path(_ db: String?) throws -> String {
        guard let db else { return home(Defaults.Paths.leaderboard) }
        if Leaderboard.isPostgres(db) { return db }
        if let scheme = db.range(of: "://").map({ db[..<$0.lowerBound].lowercased() }) {
            throw ValidationError("--db \(db): '\(scheme)://' URLs are not supported; --db is the path of a SQLite file, e.g. leaderboard/gauntlet.sqlite, or a postgres:// URL.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--db \(db) is a folder; give the database file, e.g. \((db as NSString).appendingPathComponent("gauntlet.sqlite")).")
        }
        let folder = (db as NSString).deletingLastPathComponent
        if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) {
            throw ValidationError("--db \(db): the folder '\(folder)' does not exist; create it first (gauntlet creates only its default folder, leaderboard/).")
        }
        return db
    }

    /// A path under `$GAUNTLET_HOME` when set, else under the current directory.
    static func home(_ relative: String) -> String {
        ProcessInfo.processInfo.environment["GAUNTLET_HOME"].map { $0 + "/" + relative } ?? relative
    }

    /// Opens an existing database; a missing one is an error naming the path and what to do.
    static func open(_ db: String?) throws -> Leaderboard {
        let location = try path(db)
        do {
            return try Leaderboard(existingAt: location)
        } catch let error as LeaderboardError where error == .missingDatabase(path: location) {
            throw CommandError("\(error) (run `\(Invocation.suggest(["run", "--agent", "COMMAND"]))` first, or pass --db PATH)")
        } catch let error as LeaderboardError {
            throw CommandError(error.description)
        }
    }
}
