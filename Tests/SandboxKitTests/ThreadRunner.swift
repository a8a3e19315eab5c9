import Foundation
import Synchronization

/// Runs blocking work (the loopback client) on real threads, never on the Swift
/// concurrency pool that the server under test needs.
enum ThreadRunner {
    final class Results<T: Sendable>: Sendable {
        let values: Mutex<[Int: Result<T, any Error>]> = Mutex([:])
    }

    static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) async throws -> [T] {
        let results = Results<T>()
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                let outcome = Result { try body(index) }
                results.values.withLock { $0[index] = outcome }
                group.leave()
            }
            thread.stackSize = 1 << 20
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
}
