import ArgumentParser
import Foundation
import Leaderboard
import Vocabulary

struct FeedbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Add people's feedback on episodes, which induced metrics are learned from (docs/metrics.md).",
        subcommands: [Add.self, Import.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store one feedback on one episode.",
            discussion: "EPISODE is an episode id (as on the report's episode pages) or RUN:TASK[#EPOCH], RUN being a run id or name.")

        @Argument(help: "The episode: an id, or RUN:TASK[#EPOCH].")
        var episode: String

        @Argument(help: "The feedback, in your own words.")
        var text: String

        @Option(help: "Who wrote it.")
        var author = "anonymous"

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            do {
                let id = try Self.resolve(episode, in: board)
                let (record, added) = try board.addFeedback(episodeID: id, author: author, text: text)
                print(added ? "stored feedback \(record.id.prefix(12)) on episode \(id)" : "feedback already stored on episode \(id)")
            } catch let error as LeaderboardError {
                throw CommandError(error.description)
            }
        }

        static func resolve(_ episode: String, in board: Leaderboard) throws -> Int64 {
            if let id = Int64(episode) { return id }
            guard let colon = episode.firstIndex(of: ":") else {
                throw ValidationError("EPISODE '\(episode)' is neither an id nor RUN:TASK[#EPOCH]")
            }
            let run = String(episode[..<colon])
            var task = String(episode[episode.index(after: colon)...])
            var epoch = 0
            if let hash = task.lastIndex(of: "#") {
                guard let n = Int(task[task.index(after: hash)...]), n >= 0 else {
                    throw ValidationError("EPISODE '\(episode)': the epoch after # must be a number ≥ 0")
                }
                epoch = n
                task = String(task[..<hash])
            }
            return try board.episodeID(run: run, taskID: task, epoch: epoch)
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the feedback of a JSON-lines file.",
            discussion: """
                One object per line: "text", optional "author", and the episode as "episode" (an id) or \
                "run" (id or name), "task" and optional "epoch" (default 0). Lines starting with // and \
                blank lines are skipped. Importing a line twice stores it once.
                """)

        @Argument(help: "The .jsonl file.")
        var file: String

        @Option(help: "The author of lines without one.")
        var author = "anonymous"

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            guard let content = FileManager.default.contents(atPath: file) else { throw CommandError("\(file): cannot read") }
            var added = 0
            var known = 0
            for (n, raw) in String(decoding: content, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("//") { continue }
                let at = "\(file):\(n + 1)"
                let value: JSONValue
                do {
                    value = try JSONParser.parse(line)
                } catch {
                    throw CommandError("\(at): not JSON (\(error))")
                }
                guard let text = value["text"]?.stringValue else { throw CommandError("\(at): text: must be a string") }
                let id: Int64
                do {
                    if let episode = value["episode"] {
                        guard let number = episode.intValue else { throw CommandError("\(at): episode: must be an id") }
                        id = number
                    } else {
                        guard let run = value["run"]?.stringValue else { throw CommandError("\(at): run: give \"episode\" or \"run\" and \"task\"") }
                        guard let task = value["task"]?.stringValue else { throw CommandError("\(at): task: must be a task id") }
                        let epoch = value["epoch"]?.intValue ?? 0
                        id = try board.episodeID(run: run, taskID: task, epoch: Int(epoch))
                    }
                    if try board.addFeedback(episodeID: id, author: value["author"]?.stringValue ?? author, text: text).added {
                        added += 1
                    } else {
                        known += 1
                    }
                } catch let error as LeaderboardError {
                    throw CommandError("\(at): \(error)")
                }
            }
            print("imported \(added) feedback from \(file) (\(known) already stored)")
        }
    }
}
