import Browser
import Foundation
import GauntletTesting
import SandboxKit

/// `gauntlet bench sandbox`: instance readiness, CPU per instance, web-step latency through the
/// browser (and the server-side part alone), and memory with many live instances.
public struct SandboxBenchmark: Sendable {
    /// The sandbox measured (the shop or the admin: `StepPlan` names the pages of each),
    /// then those it builds on, which its instances hold too.
    public var sandboxes: [any Sandbox]
    /// Instances made for the readiness figures.
    public var instances: Int
    /// Requests for the step figures.
    public var requests: Int
    /// Live instances for the memory figure.
    public var live: Int
    /// The warm pool the readiness figures draw from.
    public var poolSize: Int

    public init(sandboxes: [any Sandbox], instances: Int, requests: Int, live: Int, poolSize: Int) {
        self.sandboxes = sandboxes
        self.instances = instances
        self.requests = requests
        self.live = live
        self.poolSize = poolSize
    }

    public func run() async throws -> BenchmarkReport {
        let selected = sandboxes
        let sandbox = sandboxes[0].name
        let seed: UInt64 = 1
        // Cold: catalog and blueprint built once per process and seed.
        let buildStart = ContinuousClock.now
        let host = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: poolSize)
        try await host.prepare(sandboxes: [sandbox], seed: seed)
        let buildMillis = (ContinuousClock.now - buildStart).milliseconds
        let imageBytes = try await host.exportState(try await host.makeInstance(sandboxes: [sandbox], seed: seed)).bytes.count

        // Ready: a warm pool hands out a prepared instance; refilled between episodes.
        var ready: [Double] = []
        for _ in 0..<instances {
            try await host.prepare(sandboxes: [sandbox], seed: seed)
            let start = ContinuousClock.now
            let id = try await host.makeInstance(sandboxes: [sandbox], seed: seed)
            ready.append((ContinuousClock.now - start).milliseconds)
            await host.dropInstance(id)
        }

        // CPU per instance: the work a pool does to prepare one (deserialize, attach, views).
        let coldHost = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: 0)
        var cold: [Double] = []
        let cpuStart = ProcessUsage.cpuSeconds()
        for _ in 0..<instances {
            let start = ContinuousClock.now
            let id = try await coldHost.makeInstance(sandboxes: [sandbox], seed: seed)
            cold.append((ContinuousClock.now - start).milliseconds)
            await coldHost.dropInstance(id)
        }
        let cpuPerInstance = (ProcessUsage.cpuSeconds() - cpuStart) * 1000 / Double(instances)

        // Steps: category and product pages over one keep-alive loopback connection.
        let port = try await host.start()
        let stepInstance = try await host.makeInstance(sandboxes: [sandbox], seed: seed)
        let plan = try await StepPlan.make(for: sandbox, host: host, instance: stepInstance)
        let targets = plan.targets
        let requestCount = requests
        let steps = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "\(sandbox).localhost", instanceID: stepInstance)
            try plan.signIn(client)
            for target in targets.prefix(20) { _ = try client.get(target.path) }  // warm-up
            var samples: [(String, Double, Int)] = []
            for index in 0..<requestCount {
                let target = targets[index % targets.count]
                let start = ContinuousClock.now
                let response = try client.get(target.path)
                let elapsed = (ContinuousClock.now - start).milliseconds
                guard response.status == 200 else { throw BenchmarkError("GET \(target.path) answered \(response.status)") }
                samples.append((target.kind, elapsed, response.body.utf8.count))
            }
            return samples
        }

        // Web steps as agents see them: the browser fetches the page (libcurl, keep-alive),
        // parses it into a tree and renders the observation text.
        let policy = OriginPolicy(sandboxes: [sandbox: Origin(host: "\(sandbox).localhost", port: port)])
        var browser = try Browser(policy: policy, instance: stepInstance)
        let cookies = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "\(sandbox).localhost", instanceID: stepInstance)
            try plan.signIn(client)
            return client.cookies.keys.sorted().map { "\(sandbox).localhost\tFALSE\t/\tFALSE\t0\t\($0)\t\(client.cookies[$0] ?? "")" }
        }
        if !cookies.isEmpty {
            var state = browser.state
            state.cookies = cookies
            browser = try Browser(restoring: state, policy: policy, instance: stepInstance)
        }
        for target in targets.prefix(20) { _ = await browser.perform(.goto("\(sandbox):\(target.path)")) }
        var webSteps: [(String, Double)] = []
        for index in 0..<requestCount {
            let target = targets[index % targets.count]
            let start = ContinuousClock.now
            if let error = await browser.perform(.goto("\(sandbox):\(target.path)")) {
                throw BenchmarkError("browser step \(target.path): \(error)")
            }
            let text = browser.observe().text
            let elapsed = (ContinuousClock.now - start).milliseconds
            guard !text.isEmpty else { throw BenchmarkError("browser step \(target.path): empty observation") }
            webSteps.append((target.kind, elapsed))
        }

        // Memory: many live instances, each having served a few requests.
        var liveIDs: [String] = []
        for _ in 0..<live { liveIDs.append(try await host.makeInstance(sandboxes: [sandbox], seed: seed)) }
        let frozen = liveIDs
        try await BlockingThreads.run {
            for id in frozen {
                let client = LoopbackHTTPClient(port: port, hostName: "\(sandbox).localhost", instanceID: id)
                try plan.signIn(client)
                for path in plan.memoryPaths { _ = try client.get(path) }
            }
        }
        let memory = ProcessUsage.memory()
        await host.stop()

        let all = steps.map(\.1)
        func perKind(_ name: (String) -> String, _ value: (String) -> Double) -> [(String, Double)] {
            plan.kinds.map { (name($0), value($0)) }
        }
        var figures: [(String, Double)] = [
            ("instance_ready_p50_ms", Stats.percentile(ready, 50)),
            ("instance_ready_p95_ms", Stats.percentile(ready, 95)),
            ("instance_cpu_ms", cpuPerInstance),
            ("instance_cold_p50_ms", Stats.percentile(cold, 50)),
            ("instance_cold_p95_ms", Stats.percentile(cold, 95)),
            ("step_p50_ms", Stats.percentile(webSteps.map(\.1), 50)),
            ("step_p95_ms", Stats.percentile(webSteps.map(\.1), 95)),
        ]
        figures += perKind({ "step_\($0)_p50_ms" }) { kind in Stats.percentile(webSteps.filter { $0.0 == kind }.map(\.1), 50) }
        figures += [("server_step_p50_ms", Stats.percentile(all, 50)), ("server_step_p95_ms", Stats.percentile(all, 95))]
        figures += perKind({ "server_step_\($0)_p50_ms" }) { kind in Stats.percentile(steps.filter { $0.0 == kind }.map(\.1), 50) }
        // Page sizes: the browser's share of a step grows with them.
        figures += perKind({ "page_\($0)_kib" }) { kind in Stats.mean(steps.filter { $0.0 == kind }.map { Double($0.2) / 1024 }) }
        figures += [
            ("rss_256_instances_mib", memory.currentMiB),
            ("rss_peak_mib", memory.peakMiB),
            ("live_instances", Double(live)),
            ("blueprint_build_ms", buildMillis),
            ("instance_image_kib", Double(imageBytes) / 1024),
        ]
        let body = figures.map { "  \"\($0.0)\": \(Stats.format($0.1))" }.joined(separator: ",\n")
        return BenchmarkReport(
            json: "{\n\"sandbox\": \"\(sandbox)\",\n\(body)\n}\n",
            text: figures.map { "\($0.0.padding(toLength: 26, withPad: " ", startingAt: 0)) \(Stats.format($0.1))\n" }.joined())
    }
}
