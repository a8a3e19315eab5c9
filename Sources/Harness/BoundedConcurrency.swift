/// Runs jobs with at most `width` in flight, started in list order. Each result goes to
/// `handle` as it ends, in the caller's task, and `handle` may return a follow-up job (a
/// retry) that takes the finished one's place before the next listed job starts.
enum BoundedConcurrency {
    static func run<Job: Sendable, Output: Sendable, Failure: Error>(
        _ jobs: [Job], width: Int, play: @escaping @Sendable (Job) async -> Output,
        handle: (Job, Output) async throws(Failure) -> Job?
    ) async throws(Failure) {
        var failure: Failure?
        await withTaskGroup(of: (Job, Output).self) { group in
            var next = 0
            func launch(_ job: Job) {
                group.addTask { (job, await play(job)) }
            }
            while next < min(max(1, width), jobs.count) {
                launch(jobs[next])
                next += 1
            }
            while let (job, output) = await group.next() {
                let followUp: Job?
                do throws(Failure) {
                    followUp = try await handle(job, output)
                } catch {
                    failure = error
                    group.cancelAll()
                    break
                }
                if let followUp {
                    launch(followUp)
                } else if next < jobs.count {
                    launch(jobs[next])
                    next += 1
                }
            }
        }
        if let failure { throw failure }
    }
}
