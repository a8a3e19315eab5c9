import Browser
import Foundation
import GauntletTesting
import SandboxKit

/// `gauntlet bench sandbox`: instance readiness, CPU per instance, web-step latency through the
/// browser (and the server-side part alone), and memory with many live instances.
public struct SandboxBenchmark: Sendable {
    /// The sandbox measured, which names the pages to step through.
    public var sandbox: any BenchmarkPages
    /// Every sandbox the host serves: the measured one and those it builds on.
    public var hosted: [any Sandbox]
    /// Instances made for the readiness figures.
    public var instances: Int
    /// Requests for the step figures.
    public var requests: Int
    /// Live instances for the memory figure.
    public var live: Int
    /// The warm pool the readiness figures draw from.
    public var poolSize: Int

    public init(sandbox: any BenchmarkPages, hosted: [any Sandbox], instances: Int, requests: Int, live: Int, poolSize: Int) {
        self.sandbox = sandbox
        self.hosted = hosted
        self.instances = instances
        self.requests = requests
        self.live = live
        self.poolSize = poolSize
    }

    public func run() async throws -> BenchmarkReport {
        let selected = hosted
        let sandbox = self.sandbox.name
        let signIn = self.sandbox.benchmarkSignIn
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
        let targets = try await stepTargets(host, instance: stepInstance)
        let kinds = self.sandbox.benchmarkPages.map(\.kind)
        let requestCount = requests
        let steps = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "\(sandbox).localhost", instanceID: stepInstance)
            try Self.signIn(client, signIn)
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
        var browser = try Browser(
            policy: OriginPolicy(sandboxes: [sandbox: Origin(host: "\(sandbox).localhost", port: port)]),
            instance: stepInstance)
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
        let firstPages = kinds.compactMap { kind in targets.first { $0.kind == kind }?.path }
        try await BlockingThreads.run {
            for id in frozen {
                let client = LoopbackHTTPClient(port: port, hostName: "\(sandbox).localhost", instanceID: id)
                try Self.signIn(client, signIn)
                _ = try client.get("/")
                for page in firstPages { _ = try client.get(page) }
            }
        }
        let memory = ProcessUsage.memory()
        await host.stop()

        let all = steps.map(\.1)
        var figures: [(String, Double)] = [
            ("instance_ready_p50_ms", Stats.percentile(ready, 50)),
            ("instance_ready_p95_ms", Stats.percentile(ready, 95)),
            ("instance_cpu_ms", cpuPerInstance),
            ("instance_cold_p50_ms", Stats.percentile(cold, 50)),
            ("instance_cold_p95_ms", Stats.percentile(cold, 95)),
            ("step_p50_ms", Stats.percentile(webSteps.map(\.1), 50)),
            ("step_p95_ms", Stats.percentile(webSteps.map(\.1), 95)),
        ]
        for kind in kinds {
            figures.append(("step_\(kind)_p50_ms", Stats.percentile(webSteps.filter { $0.0 == kind }.map(\.1), 50)))
        }
        figures.append(("server_step_p50_ms", Stats.percentile(all, 50)))
        figures.append(("server_step_p95_ms", Stats.percentile(all, 95)))
        for kind in kinds {
            figures.append(("server_step_\(kind)_p50_ms", Stats.percentile(steps.filter { $0.0 == kind }.map(\.1), 50)))
        }
        // Page sizes: the browser's share of a step grows with them.
        for kind in kinds {
            figures.append(("page_\(kind)_kib", Stats.mean(steps.filter { $0.0 == kind }.map { Double($0.2) / 1024 })))
        }
        figures += [
            ("rss_256_instances_mib", memory.currentMiB),
            ("rss_peak_mib", memory.peakMiB),
            ("live_instances", Double(live)),
            ("blueprint_build_ms", buildMillis),
            ("instance_image_kib", Double(imageBytes) / 1024),
        ]
        return .figures(figures, sandbox: sandbox)
    }

    /// Posts the sandbox's sign-in form, when it has one.
    private static func signIn(_ client: LoopbackHTTPClient, _ signIn: (path: String, form: [(String, String)])?) throws {
        guard let signIn else { return }
        let response = try client.post(signIn.path, form: signIn.form)
        guard response.status == 303 else { throw BenchmarkError("the benchmark's sign-in at \(signIn.path) answered \(response.status), not 303") }
    }

    struct Target: Sendable {
        let kind: String
        let path: String
    }

    /// The sandbox's pages, kind by kind in turn (as many rounds as the longest kind has pages).
    private func stepTargets(_ host: SandboxHost, instance: String) async throws -> [Target] {
        var lists: [(String, [String])] = []
        for (kind, sql) in sandbox.benchmarkPages {
            let paths = try await host.query(instance, sql).rows.compactMap { row -> String? in
                if case .text(let path) = row[0] { return path } else { return nil }
            }
            guard !paths.isEmpty else { throw BenchmarkError("\(sandbox.name) names no \(kind) pages to step through") }
            lists.append((kind, paths))
        }
        var targets: [Target] = []
        for index in 0..<(lists.map(\.1.count).max() ?? 0) {
            for (kind, paths) in lists { targets.append(Target(kind: kind, path: paths[index % paths.count])) }
        }
        return targets
    }
}
