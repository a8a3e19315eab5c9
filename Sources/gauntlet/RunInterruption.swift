import Dispatch
import Foundation
import Leaderboard

/// Marks a run `interrupted` when it stops before every planned episode ran: on SIGINT or
/// SIGTERM (Ctrl-C, a scheduler's stop) during the evaluation, or when the evaluation
/// fails. The report then shows the run as interrupted rather than as still running, and
/// `--resume` finishes it.
/// A run killed outright (SIGKILL, a crash) cannot say so and stays `running`; `--resume`
/// finishes it all the same.
struct RunInterruption {
    private let runID: String
    private let board: Leaderboard
    private let sources: [any DispatchSourceSignal]

    /// Watches SIGINT and SIGTERM until `during` returns.
    init(runID: String, board: Leaderboard) {
        self.runID = runID
        self.board = board
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)  // the dispatch source handles it instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Self.mark(runID: runID, board: board)
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// Runs `body` (the evaluation) under watch: an error marks the run and is rethrown.
    /// Afterwards the signals have their default meaning again.
    func during<T>(_ body: () async throws -> T) async throws -> T {
        defer {
            for source in sources { source.cancel() }
            for number in [SIGINT, SIGTERM] { signal(number, SIG_DFL) }
        }
        do {
            return try await body()
        } catch {
            Self.mark(runID: runID, board: board)
            throw error
        }
    }

    /// Records the interruption and says how to finish the run.
    private static func mark(runID: String, board: Leaderboard) {
        try? board.finishRun(id: runID, status: .interrupted)
        FileHandle.standardError.write(Data(
            "gauntlet: run \(runID) interrupted; finish it with: gauntlet run --resume \(runID) --db \(board.path)\n".utf8))
    }
}
