import ArgumentParser
import Foundation
@_spi(Benchmarks) import ObservationTree

struct BenchObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observe",
        abstract: "Time parse + tree + text render on generated pages of about 50 KB, 200 KB and 1 MB.",
        discussion: """
            Target (DESIGN.md): a 200 KB page in under 5 ms, release build.

            Blocks of runs alternate with blocks of libxml2's tokeniser alone over the same \
            page (callbacks that do nothing, no tree), reported as libxml2_ms_*: the two see \
            the same machine, so their ratio shows our share even when the host is slow.
            """
    )

    @Flag(help: "Print exactly one JSON object: ms_50k, ms_200k, ms_1m (median ms per page), mb_per_s, and libxml2_ms_* (libxml2 alone).")
    var json = false

    @Option(help: "Timed repetitions per page size.")
    var iterations = 60

    @Option(help: "Measure one page size only: 50k, 200k or 1m (for profiling).")
    var only: String?

    func run() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be at least 1") }
        if let only, !["50k", "200k", "1m"].contains(only) {
            throw ValidationError("--only must be 50k, 200k or 1m, not '\(only)'")
        }
        let sizes = [("50k", 50_000), ("200k", 200_000), ("1m", 1_000_000)]
        var medians: [String: Double] = [:]
        var totalBytes = 0.0
        var totalSeconds = 0.0
        for (label, size) in sizes where only == nil || only == label {
            let page = Array(SyntheticPage.make(bytes: size).utf8)
            let runs = label == "1m" ? max(5, iterations / 4) : iterations
            var samples: [Double] = []
            var floor: [Double] = []
            var nodes = 0
            var warmUp = 3  // the first runs warm caches and the allocator
            while samples.count < runs {
                // In blocks, so each half runs with warm caches and both see the same host.
                for _ in 0..<Self.block where samples.count < runs {
                    let start = ContinuousClock.now
                    let tree = ObservationTree.html(page)
                    let text = tree.text(budget: .standard)
                    let elapsed = Self.milliseconds(start.duration(to: .now))
                    nodes = tree.nodes.count + (text.isEmpty ? 1 : 0)
                    if warmUp > 0 {
                        warmUp -= 1
                        continue
                    }
                    samples.append(elapsed)
                    totalBytes += Double(page.count)
                    totalSeconds += elapsed / 1000
                }
                for _ in 0..<Self.block where floor.count < runs {
                    let start = ContinuousClock.now
                    ObservationTree.tokenizeHTMLOnly(page)
                    floor.append(Self.milliseconds(start.duration(to: .now)))
                }
            }
            samples.sort()
            floor.sort()
            medians["ms_" + label] = samples[samples.count / 2]
            medians["libxml2_ms_" + label] = floor[floor.count / 2]
            if !json {
                let ms = String(format: "%.2f", samples[samples.count / 2])
                let p90 = String(format: "%.2f", samples[samples.count * 9 / 10])
                let alone = String(format: "%.2f", floor[floor.count / 2])
                print("\(label.padding(toLength: 5, withPad: " ", startingAt: 0)) \(page.count) bytes, \(nodes) nodes: median \(ms) ms, p90 \(p90) ms, min \(String(format: "%.2f", samples[0])) ms; libxml2 alone \(alone) ms")
            }
        }
        let throughput = totalBytes / 1_000_000 / totalSeconds
        if json {
            // With --only, the sizes not measured are left out rather than given as 0.
            var object: [String: Double] = ["mb_per_s": throughput]
            for (key, median) in medians { object[key] = median }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(String(format: "throughput %.1f MB/s; target: 200 KB under 5 ms", throughput))
        }
    }

    /// Runs of one kind before switching to the other.
    private static let block = 8

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
