import Foundation
@_spi(Benchmarks) import ObservationTree

/// `gauntlet bench observe`: parse + tree + text render of generated pages, timed in
/// blocks that alternate with libxml2's tokeniser alone over the same page, so the two
/// see the same machine and their ratio shows our share even when the host is slow.
public struct ObserveBenchmark: Sendable {
    /// The generated page sizes.
    public enum PageSize: String, Sendable, CaseIterable {
        case kb50 = "50k"
        case kb200 = "200k"
        case mb1 = "1m"

        var bytes: Int {
            switch self {
            case .kb50: 50_000
            case .kb200: 200_000
            case .mb1: 1_000_000
            }
        }
    }

    /// Timed repetitions per page size (a quarter, at least 5, for 1m).
    public var iterations: Int
    /// nil measures every size.
    public var only: PageSize?

    public init(iterations: Int, only: PageSize?) {
        self.iterations = iterations
        self.only = only
    }

    public func run() throws -> BenchmarkReport {
        var medians: [String: Double] = [:]
        var lines: [String] = []
        var totalBytes = 0.0
        var totalSeconds = 0.0
        for size in PageSize.allCases where only == nil || only == size {
            let label = size.rawValue
            let page = Array(SyntheticPage.make(bytes: size.bytes).utf8)
            let runs = size == .mb1 ? max(5, iterations / 4) : iterations
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
                    let elapsed = start.duration(to: .now).milliseconds
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
                    floor.append(start.duration(to: .now).milliseconds)
                }
            }
            samples.sort()
            floor.sort()
            medians["ms_" + label] = samples[samples.count / 2]
            medians["libxml2_ms_" + label] = floor[floor.count / 2]
            let ms = String(format: "%.2f", samples[samples.count / 2])
            let p90 = String(format: "%.2f", samples[samples.count * 9 / 10])
            let alone = String(format: "%.2f", floor[floor.count / 2])
            lines.append("\(label.padding(toLength: 5, withPad: " ", startingAt: 0)) \(page.count) bytes, \(nodes) nodes: median \(ms) ms, p90 \(p90) ms, min \(String(format: "%.2f", samples[0])) ms; libxml2 alone \(alone) ms")
        }
        let throughput = totalBytes / 1_000_000 / totalSeconds
        lines.append(String(format: "throughput %.1f MB/s; target: 200 KB under 5 ms", throughput))
        // With `only`, the sizes not measured are left out rather than given as 0.
        var object: [String: Double] = ["mb_per_s": throughput]
        for (key, median) in medians { object[key] = median }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return BenchmarkReport(json: String(decoding: data, as: UTF8.self) + "\n", text: lines.map { $0 + "\n" }.joined())
    }

    /// Runs of one kind before switching to the other.
    private static let block = 8
}
