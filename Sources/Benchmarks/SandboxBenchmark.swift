import Browser
import Foundation
import GauntletTesting
import ObservationTree
import SandboxKit

/// `gauntlet bench sandbox`: instance readiness, CPU per instance, web-step latency through the
/// browser (and its server-side and parsing parts alone), and memory with many live instances. With several
/// sandboxes, every instance covers them all (as a task spanning sites gets), and the steps go
/// through each one's pages, their kinds named `<sandbox>_<kind>`.
public struct SandboxBenchmark: Sendable {
    /// The sandboxes measured, which name the pages to step through; one instance holds them all.
    public var measured: [any BenchmarkPages]
    /// Every sandbox the host serves: the measured ones and those they build on.
    public var hosted: [any Sandbox]
    /// Instances made for the readiness figures.
    public var instances: Int
    /// Requests for the step figures.
    public var requests: Int
    /// Live instances for the memory figure.
    public var live: Int
    /// The warm pool the readiness figures draw from.
    public var poolSize: Int

    public init(measured: [any BenchmarkPages], hosted: [any Sandbox], instances: Int, requests: Int, live: Int, poolSize: Int) {
        self.measured = measured
        self.hosted = hosted
        self.instances = instances
        self.requests = requests
        self.live = live
        self.poolSize = poolSize
    }

    public func run() async throws -> BenchmarkReport {
        let selected = hosted
        let names = measured.map(\.name)
        let label = names.joined(separator: "+")
        let seed: UInt64 = 1
        // Cold: catalog and blueprint built once per process and seed.
        let buildStart = ContinuousClock.now
        let host = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: poolSize)
        try await host.prepare(sandboxes: names, seed: seed)
        let buildMillis = (ContinuousClock.now - buildStart).milliseconds
        let imageBytes = try await host.exportState(try await host.makeInstance(sandboxes: names, seed: seed)).bytes.count

        // Ready: a warm pool hands out a prepared instance; refilled between episodes.
        var ready: [Double] = []
        for _ in 0..<instances {
            try await host.prepare(sandboxes: names, seed: seed)
            let start = ContinuousClock.now
            let id = try await host.makeInstance(sandboxes: names, seed: seed)
            ready.append((ContinuousClock.now - start).milliseconds)
            await host.dropInstance(id)
        }

        // CPU per instance: the work a pool does to prepare one (deserialize, attach, views).
        let coldHost = try await SandboxHost(sandboxes: selected, defaultSeed: seed, poolSize: 0)
        var cold: [Double] = []
        let cpuStart = ProcessUsage.cpuSeconds()
        for _ in 0..<instances {
            let start = ContinuousClock.now
            let id = try await coldHost.makeInstance(sandboxes: names, seed: seed)
            cold.append((ContinuousClock.now - start).milliseconds)
            await coldHost.dropInstance(id)
        }
        let cpuPerInstance = (ProcessUsage.cpuSeconds() - cpuStart) * 1000 / Double(instances)

        // Steps: category and product pages over one keep-alive loopback connection.
        let port = try await host.start()
        let stepInstance = try await host.makeInstance(sandboxes: names, seed: seed)
        let targets = try await stepTargets(host, instance: stepInstance)
        let kinds = measured.flatMap { sandbox in sandbox.benchmarkPages.map { kindName(sandbox.name, $0.kind) } }
        let requestCount = requests
        let sites = measured.map { Site(name: $0.name, signIn: $0.benchmarkSignIn) }
        let steps = try await BlockingThreads.run {
            let clients = try Self.clients(sites, port: port, instance: stepInstance)
            for target in targets.prefix(20) { _ = try clients[target.sandbox]!.get(target.path) }  // warm-up
            var samples: [(String, Double, Int)] = []
            var bodies: [(String, [UInt8])] = []
            for index in 0..<requestCount {
                let target = targets[index % targets.count]
                let start = ContinuousClock.now
                let response = try clients[target.sandbox]!.get(target.path)
                let elapsed = (ContinuousClock.now - start).milliseconds
                guard response.status == 200 else { throw BenchmarkError("GET \(target.path) answered \(response.status)") }
                samples.append((target.kind, elapsed, response.body.utf8.count))
                if index < targets.count { bodies.append((target.kind, Array(response.body.utf8))) }
            }
            return (samples: samples, bodies: bodies)
        }

        // The browser's own share: the same pages parsed and rendered, with no network.
        let renderer = TextRenderer()
        var trees: [(String, Double)] = []
        for index in 0..<requestCount {
            let (kind, body) = steps.bodies[index % steps.bodies.count]
            let start = ContinuousClock.now
            let text = renderer.render(ObservationTree.html(body))
            trees.append((kind, (ContinuousClock.now - start).milliseconds))
            guard !text.isEmpty else { throw BenchmarkError("a \(kind) page rendered empty") }
        }

        // Web steps as agents see them: the browser fetches the page (libcurl, keep-alive),
        // parses it into a tree and renders the observation text.
        var browser = try Browser(
            policy: OriginPolicy(sandboxes: Dictionary(uniqueKeysWithValues: names.map { ($0, Origin(host: "\($0).localhost", port: port)) })),
            instance: stepInstance)
        for target in targets.prefix(20) { _ = await browser.perform(.goto("\(target.sandbox):\(target.path)")) }
        var webSteps: [(String, Double)] = []
        for index in 0..<requestCount {
            let target = targets[index % targets.count]
            let start = ContinuousClock.now
            if let error = await browser.perform(.goto("\(target.sandbox):\(target.path)")) {
                throw BenchmarkError("browser step \(target.path): \(error)")
            }
            let text = browser.observe().text
            let elapsed = (ContinuousClock.now - start).milliseconds
            guard !text.isEmpty else { throw BenchmarkError("browser step \(target.path): empty observation") }
            webSteps.append((target.kind, elapsed))
        }

        // Memory: many live instances, each having served a few requests.
        var liveIDs: [String] = []
        for _ in 0..<live { liveIDs.append(try await host.makeInstance(sandboxes: names, seed: seed)) }
        let frozen = liveIDs
        let firstPages = kinds.compactMap { kind in targets.first { $0.kind == kind } }
        try await BlockingThreads.run {
            for id in frozen {
                let clients = try Self.clients(sites, port: port, instance: id)
                for site in sites { _ = try clients[site.name]!.get("/") }
                for page in firstPages { _ = try clients[page.sandbox]!.get(page.path) }
            }
        }
        let memory = ProcessUsage.memory()
        await host.stop()

        let all = steps.samples.map(\.1)
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
            figures.append(("server_step_\(kind)_p50_ms", Stats.percentile(steps.samples.filter { $0.0 == kind }.map(\.1), 50)))
        }
        for kind in kinds {
            figures.append(("tree_\(kind)_p50_ms", Stats.percentile(trees.filter { $0.0 == kind }.map(\.1), 50)))
        }
        // Page sizes: the browser's share of a step grows with them.
        for kind in kinds {
            figures.append(("page_\(kind)_kib", Stats.mean(steps.samples.filter { $0.0 == kind }.map { Double($0.2) / 1024 })))
        }
        figures += [
            ("rss_256_instances_mib", memory.currentMiB),
            ("rss_peak_mib", memory.peakMiB),
            ("live_instances", Double(live)),
            ("blueprint_build_ms", buildMillis),
            ("instance_image_kib", Double(imageBytes) / 1024),
        ]
        return .figures(figures, sandbox: label)
    }

    /// A measured sandbox as the blocking clients need it.
    struct Site: Sendable {
        let name: String
        let signIn: (path: String, form: [(String, String)])?
    }

    /// One keep-alive client per sandbox on `instance`, each signed in where its sandbox asks.
    private static func clients(_ sites: [Site], port: Int, instance: String) throws -> [String: LoopbackHTTPClient] {
        var clients: [String: LoopbackHTTPClient] = [:]
        for site in sites {
            let client = LoopbackHTTPClient(port: port, hostName: "\(site.name).localhost", instanceID: instance)
            if let signIn = site.signIn {
                let response = try client.post(signIn.path, form: signIn.form)
                guard response.status == 303 else { throw BenchmarkError("the benchmark's sign-in at \(site.name):\(signIn.path) answered \(response.status), not 303") }
            }
            clients[site.name] = client
        }
        return clients
    }

    /// A figure's name for a kind of page: the kind alone when one sandbox is measured.
    private func kindName(_ sandbox: String, _ kind: String) -> String {
        measured.count == 1 ? kind : "\(sandbox)_\(kind)"
    }

    struct Target: Sendable {
        let sandbox: String
        let kind: String
        let path: String
    }

    /// The sandbox's pages, kind by kind in turn (as many rounds as the longest kind has pages).
    private func stepTargets(_ host: SandboxHost, instance: String) async throws -> [Target] {
        var lists: [(sandbox: String, kind: String, paths: [String])] = []
        for sandbox in measured {
            for (kind, sql) in sandbox.benchmarkPages {
                let paths = try await host.query(instance, sql).rows.compactMap { row -> String? in
                    if case .text(let path) = row[0] { return path } else { return nil }
                }
                guard !paths.isEmpty else { throw BenchmarkError("\(sandbox.name) names no \(kind) pages to step through") }
                lists.append((sandbox.name, kindName(sandbox.name, kind), paths))
            }
        }
        var targets: [Target] = []
        for index in 0..<(lists.map(\.paths.count).max() ?? 0) {
            for list in lists { targets.append(Target(sandbox: list.sandbox, kind: list.kind, path: list.paths[index % list.paths.count])) }
        }
        return targets
    }
}
