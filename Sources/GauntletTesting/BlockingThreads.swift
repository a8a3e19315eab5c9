import Foundation
import Synchronization

/// Runs blocking work, such as a `LoopbackHTTPClient` session, on dedicated threads.
///
/// Blocking inside the Swift concurrency pool would starve the very server the client
/// talks to (the pool has one thread per core), so tests and benchmarks hand their
/// client loops to real threads and await the results here.
public enum BlockingThreads {
    private final class Results<T: Sendable>: Sendable {
        let values: Mutex<[Int: Result<T, any Error>]> = Mutex([:])
    }

    /// Runs `body(0)`, …, `body(count - 1)` on `count` threads at once; the results in
    /// index order, or the first index's error.
    public static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) async throws -> [T] {
        let results = Results<T>()
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                let outcome = Result { try body(index) }
                results.values.withLock { $0[index] = outcome }
                group.leave()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                group.wait()
                continuation.resume()
            }
        }
        return try (0..<count).map { index in
            try results.values.withLock { $0[index]! }.get()
        }
    }

    /// Runs `body` on one thread of its own.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
    }
}
