import Foundation
import GauntletTesting
import ObservationTree
import SandboxKit
import TextWorlds
import Vocabulary

/// `gauntlet bench textgame`: how fast the text-game engine steps, renders and
/// generates. Random admissible commands over generated worlds of every family.
public struct TextgameBenchmark: Sendable {
    /// Steps per measured loop.
    public var steps: Int
    /// Tasks generated per family.
    public var tasks: Int
    /// Steps through the sandbox host over loopback HTTP (0 skips it).
    public var harnessSteps: Int

    public init(steps: Int, tasks: Int, harnessSteps: Int) {
        self.steps = steps
        self.tasks = tasks
        self.harnessSteps = harnessSteps
    }

    public func run() async throws -> BenchmarkReport {
        let clock = ContinuousClock()
        var worlds: [World] = []
        var generateMs: [(Family, Double)] = []
        var plannerStates = 0
        for family in Family.allCases.sorted() {
            let start = clock.now
            for seed in 1...UInt64(max(tasks, 1)) {
                let task = try TaskGenerator.generate(family, seed: seed, split: .train)
                worlds.append(task.world)
                plannerStates += task.plannerStates
            }
            generateMs.append((family, (clock.now - start).seconds * 1000 / Double(max(tasks, 1))))
        }
        let averageMs = generateMs.map(\.1).reduce(0, +) / Double(generateMs.count)

        // The whole fixed suite, both splits, with random-agent admission.
        let suiteStart = clock.now
        var suiteTasks = 0
        for split in Split.allCases { suiteTasks += try StandardSuite.generate(split: split).count }
        let suiteMs = (clock.now - suiteStart).seconds * 1000

        let engine = measure(worlds, steps: steps, clock: clock) { w, rng in
            let options = w.admissibleCommands()
            if let c = rng.pick(options) { w.apply(c) }
        }
        let text = measure(worlds, steps: steps / 4, clock: clock) { w, rng in
            let options = w.admissibleCommandTexts()
            if let c = rng.pick(options) { w.apply(c) }
        }
        var screenBytes = 0
        let screen = measure(worlds, steps: steps / 10, clock: clock) { w, rng in
            let options = w.admissibleCommands()
            if let c = rng.pick(options) { w.apply(c) }
            screenBytes &+= w.screenXML().utf8.count &+ w.renderText().utf8.count
        }

        let harness = harnessSteps > 0 ? try await measureHarness(steps: harnessSteps, clock: clock) : nil

        let note = "harness_steps_per_s: POST command?respond=screen answered with the new screen XML (one request per step, as TextGameSession does) over one keep-alive loopback connection to the sandbox host, then ObservationTree.xml, random admissible commands (games of the same worlds, a fresh instance per episode), one episode at a time; harness_in_process_steps_per_s: the same requests handed to the host's dispatcher in process, as the harness now plays text games (no socket); harness_parallel_steps_per_s: the same with one episode stream per core at once, by the wall clock; screen_steps_per_s is engine + screen XML + text rendering in process."
        if screenBytes == 0 { throw BenchmarkError("screens were empty") }
        let members: [(String, JSONValue)] = [
            ("vocabulary", .string(CommandVocabulary.version)),
            ("engine_steps_per_s", .int(Int64(engine))),
            ("engine_text_steps_per_s", .int(Int64(text))),
            ("screen_steps_per_s", .int(Int64(screen))),
            ("harness_steps_per_s", harness.map { .int(Int64($0.single)) } ?? .null),
            ("harness_in_process_steps_per_s", harness.map { .int(Int64($0.inProcess)) } ?? .null),
            ("harness_parallel_steps_per_s", harness.map { .int(Int64($0.parallel)) } ?? .null),
            ("harness_parallel_streams", harness.map { .int(Int64($0.streams)) } ?? .null),
            ("generate_verify_ms", .fixed(averageMs)),
            ("generate_verify_ms_by_family", .object(generateMs.map { ($0.0.rawValue, .fixed($0.1)) })),
            ("tasks_per_family", .int(Int64(tasks))),
            ("suite_tasks", .int(Int64(suiteTasks))),
            ("suite_generate_admit_ms", .fixed(suiteMs)),
            ("planner_states", .int(Int64(plannerStates))),
            ("steps", .int(Int64(steps))),
            ("note", .string(note)),
        ]
        var lines: [String] = []
        lines.append("text games (\(CommandVocabulary.version)), \(worlds.count) generated worlds")
        lines.append("  engine, typed random admissible commands: \(Int(engine)) steps/s")
        lines.append("  engine, text commands (list as text, parse, apply): \(Int(text)) steps/s")
        lines.append("  engine + screen XML + text rendering: \(Int(screen)) steps/s")
        lines.append("  harness (HTTP to the sandbox host + observation tree): \(harness.map { String(Int($0.single)) } ?? "skipped") steps/s")
        if let harness {
            lines.append("  harness in process (the host's dispatcher, no socket, + observation tree): \(Int(harness.inProcess)) steps/s")
            lines.append("  harness, \(harness.streams) episodes at once (wall clock, instance set-up included): \(Int(harness.parallel)) steps/s")
        }
        for (family, ms) in generateMs { lines.append("  generate + verify \(family.rawValue): \(Self.fixed(ms)) ms/task") }
        lines.append("  standard suite, \(suiteTasks) tasks generated, verified and admitted: \(Self.fixed(suiteMs)) ms")
        lines.append("note: \(note)")
        return BenchmarkReport(json: JSONValue.object(members).canonical(), text: lines.map { $0 + "\n" }.joined())
    }

    /// Steps per second as the harness sees them: one POST of a random admissible command
    /// answered with the new screen (`?respond=screen`, as `TextGameSession` posts), and the
    /// observation tree built from the XML.
    /// Episodes end when the game does or after 100 steps; each gets a fresh instance.
    /// `single` is one episode at a time, counting only the stepping; `parallel` is one
    /// stream per core at once, by the wall clock, instance set-up included.
    func measureHarness(steps: Int, clock: ContinuousClock) async throws -> (single: Double, inProcess: Double, parallel: Double, streams: Int) {
        let host = try await SandboxHost(sandboxes: [GamesSandbox()], poolSize: 4)
        let port = try await host.start(port: 0)
        var keys: [GameKey] = []
        for family in Family.allCases.sorted() {
            for seed in 1...UInt64(max(tasks, 1)) { keys.append(GameKey(family: family, split: .train, seed: seed, knobs: Knobs())) }
        }
        // Warm the pristine-world cache so generation is not counted as stepping.
        let warm = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let warmKeys = keys
        _ = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "games.localhost", instanceID: warm)
            for key in warmKeys { _ = try client.get("/play/\(key.text)") }
        }
        await host.dropInstance(warm)

        let single = try await Self.playEpisodes(host: host, port: port, keys: keys, steps: steps, first: 0, stride: 1, clock: clock)
        let inProcess = try await Self.playInProcess(host: host, port: port, keys: keys, steps: steps, clock: clock)
        let streams = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let gameKeys = keys
        let start = clock.now
        let parallelSteps = try await withThrowingTaskGroup(of: Int.self) { group in
            for stream in 0..<streams {
                group.addTask {
                    try await Self.playEpisodes(host: host, port: port, keys: gameKeys, steps: steps / streams, first: stream,
                                           stride: streams, clock: clock).steps
                }
            }
            return try await group.reduce(0, +)
        }
        let wall = clock.now - start
        await host.stop()
        return (Double(single.steps) / max(single.stepping.seconds, 1e-9),
                Double(inProcess.steps) / max(inProcess.stepping.seconds, 1e-9),
                Double(parallelSteps) / max(wall.seconds, 1e-9), streams)
    }

    /// Plays episodes `first`, `first + stride`, … until `steps` steps are taken; returns
    /// them with the time spent stepping (instance set-up excluded).
    private static func playEpisodes(host: SandboxHost, port: Int, keys: [GameKey], steps: Int, first: Int, stride: Int,
                              clock: ContinuousClock) async throws -> (steps: Int, stepping: Duration) {
        var done = 0
        var episode = first
        var stepping: Duration = .zero
        while done < steps {
            let key = keys[episode % keys.count]
            let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
            let budget = min(100, steps - done)
            let seed = UInt64(episode)
            let start = clock.now
            let taken = try await BlockingThreads.run { () throws -> Int in
                var rng = SeededGenerator(seed: seed, stream: "bench/harness")
                let client = LoopbackHTTPClient(port: port, hostName: "games.localhost", instanceID: id)
                let path = "/play/\(key.text)"
                var page = try client.get(path)
                var taken = 0
                while taken < budget {
                    guard let command = try nextCommand(page.body, rng: &rng) else { break }
                    page = try client.post(path + "?\(GamesSandbox.respondField)=\(GamesSandbox.respondWithScreen)", form: [("command", command)])
                    guard page.status == 200 else { throw BenchmarkError("step \(taken) of \(key.text): status \(page.status)") }
                    taken += 1
                }
                return taken
            }
            stepping += clock.now - start
            await host.dropInstance(id)
            done += max(taken, 1)
            episode += stride
        }
        return (done, stepping)
    }

    /// A random admissible command of `screen` (its tree's options), as an agent reads them;
    /// nil when the game is over or offers nothing.
    private static func nextCommand(_ screen: String, rng: inout SeededGenerator) throws -> String? {
        let tree = try ObservationTree.xml(screen)
        if tree.root?.customStates.contains(where: { $0 == "won" || $0 == "lost" }) == true { return nil }
        return rng.pick(tree.nodes.filter { $0.role == .option }.map(\.name))
    }

    /// As `playEpisodes` one at a time, with each step handed to the host's dispatcher in
    /// process, as the harness plays a text game (`HostExchange`): no socket, no thread hop.
    private static func playInProcess(host: SandboxHost, port: Int, keys: [GameKey], steps: Int,
                                      clock: ContinuousClock) async throws -> (steps: Int, stepping: Duration) {
        var done = 0
        var episode = 0
        var stepping: Duration = .zero
        let authority = "games.localhost:\(port)"
        while done < steps {
            let key = keys[episode % keys.count]
            let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
            let budget = min(100, steps - done)
            let path = "/play/\(key.text)"
            let start = clock.now
            var rng = SeededGenerator(seed: UInt64(episode), stream: "bench/harness")
            var page = await host.respond(method: "GET", authority: authority, path: path, rawQuery: "", instanceID: id, body: "")
            var taken = 0
            while taken < budget {
                guard let command = try nextCommand(String(decoding: page.body, as: UTF8.self), rng: &rng) else { break }
                page = await host.respond(
                    method: "POST", authority: authority, path: path,
                    rawQuery: "\(GamesSandbox.respondField)=\(GamesSandbox.respondWithScreen)", instanceID: id,
                    body: FormFields(pairs: [.init(name: "command", value: command)]).urlEncoded)
                guard page.status == 200 else { throw BenchmarkError("step \(taken) of \(key.text): status \(page.status)") }
                taken += 1
            }
            stepping += clock.now - start
            await host.dropInstance(id)
            done += max(taken, 1)
            episode += 1
        }
        return (done, stepping)
    }

    /// Steps per second of `step` over the worlds, restarting an episode when it
    /// ends or after 100 steps, so random play sees starts as well as middles.
    func measure(_ worlds: [World], steps: Int, clock: ContinuousClock, _ step: (inout World, inout SeededGenerator) -> Void) -> Double {
        var rng = SeededGenerator(seed: 42, stream: "bench")
        var pool = worlds
        var i = 0
        var inEpisode = 0
        let start = clock.now
        for _ in 0..<steps {
            step(&pool[i], &rng)
            inEpisode += 1
            if pool[i].isWon || pool[i].isLost || inEpisode >= 100 {
                pool[i].reset()
                i = (i + 1) % pool.count
                inEpisode = 0
            }
        }
        return Double(steps) / max((clock.now - start).seconds, 1e-9)
    }

    /// Two decimals without Foundation's formatter.
    static func fixed(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
