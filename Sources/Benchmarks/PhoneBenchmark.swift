import AgentProtocol
import Browser
import Foundation
import Phone
import SandboxKit
import Worlds

/// `gauntlet bench phone`: instance readiness, a GUI step (action to next observation, as
/// the harness plays the phone in process: the device's operation, its XML, the observation
/// tree and text), and memory with many live phones each on a screen of an app.
public struct PhoneBenchmark: Sendable {
    public var instances: Int
    public var steps: Int
    public var live: Int
    public var poolSize: Int

    public init(instances: Int, steps: Int, live: Int, poolSize: Int) {
        self.instances = instances
        self.steps = steps
        self.live = live
        self.poolSize = poolSize
    }

    /// A walk through the system UI and the apps that comes back to where it began, so it
    /// can repeat: launcher, lists, scrolling, details, forms, dialogs, the shade.
    static let walk = [
        "open_app [Contacts]", "scroll [down]", "scroll [down]", "click [540,1000]", "navigate_back", "navigate_back",
        "open_app [Messages]", "click [540,700]", "navigate_back", "scroll [down]", "navigate_back",
        "open_app [Settings]", "click [540,500]", "navigate_home", "open_app [Settings]", "navigate_back", "navigate_back",
        "open_app [dialer]", "click [540,900]", "navigate_back", "navigate_back", "swipe [down]", "swipe [up]",
    ]

    public func run() async throws -> BenchmarkReport {
        let seed: UInt64 = 1
        let buildStart = ContinuousClock.now
        let host = try await SandboxHost(sandboxes: [PhoneSandbox()], defaultSeed: seed, poolSize: poolSize)
        try await host.prepare(sandboxes: ["phone"], seed: seed)
        let buildMillis = (ContinuousClock.now - buildStart).milliseconds
        let imageBytes = try await host.exportState(try await host.makeInstance(sandboxes: ["phone"], seed: seed)).bytes.count

        var ready: [Double] = []
        for _ in 0..<instances {
            try await host.prepare(sandboxes: ["phone"], seed: seed)
            let start = ContinuousClock.now
            let id = try await host.makeInstance(sandboxes: ["phone"], seed: seed)
            ready.append((ContinuousClock.now - start).milliseconds)
            await host.dropInstance(id)
        }

        let origins = ["phone": Origin(host: "phone.localhost", port: 80)]
        let actions = try Self.walk.map { try ActionParser.parse($0, space: .gui) }
        let instance = WorldInstance(id: try await host.makeInstance(sandboxes: ["phone"], seed: seed), origins: origins, host: host)
        let session = try await PhoneWorld().open("phone:/", on: instance)
        var samples: [Double] = []
        var observed = 0
        for index in 0..<(steps + actions.count) {
            let start = ContinuousClock.now
            if let error = try await session.perform(actions[index % actions.count]) {
                throw BenchmarkError("phone step \(actions[index % actions.count]): \(error)")
            }
            observed += await session.observation().text.utf8.count
            // The first round warms caches up.
            if index >= actions.count { samples.append((ContinuousClock.now - start).milliseconds) }
        }

        var sessions: [any WorldSession] = []
        for _ in 0..<live {
            let phone = WorldInstance(id: try await host.makeInstance(sandboxes: ["phone"], seed: seed), origins: origins, host: host)
            let session = try await PhoneWorld().open("phone:/", on: phone)
            for action in actions.prefix(3) { _ = try await session.perform(action) }
            sessions.append(session)
        }
        let memory = ProcessUsage.memory()

        let figures: [(String, Double)] = [
            ("instance_ready_p50_ms", Stats.percentile(ready, 50)),
            ("instance_ready_p95_ms", Stats.percentile(ready, 95)),
            ("step_p50_ms", Stats.percentile(samples, 50)),
            ("step_p95_ms", Stats.percentile(samples, 95)),
            ("observation_kib", Double(observed) / Double(steps + actions.count) / 1024),
            ("rss_256_instances_mib", memory.currentMiB),
            ("rss_peak_mib", memory.peakMiB),
            ("live_instances", Double(sessions.count)),
            ("blueprint_build_ms", buildMillis),
            ("instance_image_kib", Double(imageBytes) / 1024),
        ]
        return .figures(figures, sandbox: "phone")
    }
}
