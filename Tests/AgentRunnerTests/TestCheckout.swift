import AgentProtocol
import AgentRunner
import Foundation
import GauntletTesting
import Vocabulary

/// A temporary directory laid out like a Gauntlet checkout, with secrets where the
/// real ones live, and a directory for agents written by the tests.
struct TestCheckout {
    static let secret = "GOLD-ANSWER-7731-do-not-leak"
    let root: String

    init() throws {
        root = TemporaryFolder.path("runner-test")
        let fm = FileManager.default
        for dir in ["tasks/shop", "leaderboard", "sandboxes/shop", "agents"] {
            try fm.createDirectory(atPath: "\(root)/\(dir)", withIntermediateDirectories: true)
        }
        try "{\"id\":\"shop/x\",\"gold\":\"\(Self.secret)\"}".write(toFile: "\(root)/tasks/secret.json", atomically: true, encoding: .utf8)
        try "{\"answer\":\"\(Self.secret)\"}".write(toFile: "\(root)/tasks/shop/task-001.json", atomically: true, encoding: .utf8)
        try "SQLite format 3\0\(Self.secret)".write(toFile: "\(root)/leaderboard/gauntlet.sqlite", atomically: true, encoding: .utf8)
        try "SQLite format 3\0\(Self.secret)".write(toFile: "\(root)/sandboxes/shop/shop.sqlite", atomically: true, encoding: .utf8)
    }

    var protectedPaths: [String] { ["\(root)/tasks", "\(root)/leaderboard", "\(root)/sandboxes"] }

    /// Writes an agent script into its own directory and returns its path.
    func agent(_ name: String, _ source: String) throws -> String {
        let dir = "\(root)/agents/\(name)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = "\(dir)/\((name as NSString).pathExtension.isEmpty ? name + ".py" : name)"
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    func configuration(_ command: [String], limits: ResourceLimits = TestCheckout.limits) -> AgentConfiguration {
        AgentConfiguration(command: command, limits: limits, protectedPaths: protectedPaths,
                           isolation: .requireSandbox, maxLineBytes: 64 << 10, stderrCapBytes: 8 << 10,
                           stderrFloodBytes: 1 << 20, gracePeriod: .seconds(2))
    }

    static let limits = ResourceLimits(cpuSeconds: 20, addressSpaceBytes: 1 << 30, fileSizeBytes: 8 << 20, openFiles: 64,
                                       processes: 32, memoryBytes: 256 << 20, scratchBytes: 32 << 20)

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// The Python prelude of the hostile agents: the protocol in a few lines, so each test
/// agent only says what it does differently.
let pythonPrelude = #"""
import json, os, sys
def send(obj):
    sys.stdout.write(json.dumps(obj) + "\n"); sys.stdout.flush()
def stop(answer):
    send({"type": "action", "action": {"name": "stop", "answer": answer}})
def messages():
    for line in sys.stdin:
        yield json.loads(line)
def handshake():
    m = json.loads(sys.stdin.readline())
    assert m["type"] == "hello"
    send({"type": "ready", "agent": "test", "version": "0"})
    return json.loads(sys.stdin.readline())

"""#

let python3 = "python3"

/// A small shop in tree text, enough for the example agents to act on.
struct FakeShop: AgentEnvironment {
    static let home = Observation(url: "http://shop.localhost/", title: "Shop", text: """
        [1] RootWebArea 'Shop'
          [2] searchbox 'Search'
          [3] link 'Sneakers'
          [4] link 'Jackets'
          [5] link 'Red Running Shoe'
          [6] link 'Blue Rain Jacket'
          [7] button 'Search'
        """, tabs: [TabInfo(index: 0, title: "Shop", url: "http://shop.localhost/", active: true)])

    static func product(_ name: String, price: String) -> Observation {
        Observation(url: "http://shop.localhost/p/\(name.lowercased().replacingOccurrences(of: " ", with: "-"))", title: name, text: """
            [1] RootWebArea '\(name)'
              [10] heading '\(name)' level=1
              [11] StaticText 'Price: \(price)'
              [12] button 'Add to Cart'
              [13] link 'Home'
            """, tabs: [])
    }

    static let cartAdded = Observation(url: "http://shop.localhost/cart", title: "Cart", text: """
        [1] RootWebArea 'Cart'
          [20] StaticText 'Added to cart: 1 item'
          [21] link 'Home'
        """, tabs: [])

    func perform(_ action: Action) async throws -> StepResult {
        switch action {
        case .click(.id("5")), .click(.named(_, "Red Running Shoe")), .click(.id("3")):
            return StepResult(observation: Self.product("Red Running Shoe", price: "$59.99"))
        case .click(.id("6")), .click(.id("4")):
            return StepResult(observation: Self.product("Blue Rain Jacket", price: "$89.00"))
        case .type(.id("2"), let text, _):
            if text.lowercased().contains("shoe") || text.lowercased().contains("red") {
                return StepResult(observation: Self.product("Red Running Shoe", price: "$59.99"))
            }
            return StepResult(observation: Self.product("Blue Rain Jacket", price: "$89.00"))
        case .scroll:
            return StepResult(observation: Self.home)
        case .click(.id("12")):
            return StepResult(observation: Self.cartAdded)
        case .click(.id("13")), .click(.id("21")):
            return StepResult(observation: Self.home)
        default:
            return StepResult(observation: Self.home, actionError: "no element for \(action)")
        }
    }
}

/// An episode start for the fake shop.
func shopEpisode(goal: String = "Add the Red Running Shoe to the cart", seed: UInt64 = 42, steps: Int = 10,
                 stepSeconds: Double = 5, episodeSeconds: Double = 20, id: String = "ep-1", index: Int = 0) -> EpisodeStart {
    EpisodeStart(episode: EpisodeInfo(id: id, index: index, seed: seed),
                 task: TaskBrief(id: "shop/test", goal: goal, sandboxes: ["shop"]), actionSpace: .web,
                 limits: EpisodeLimits(steps: steps, stepSeconds: stepSeconds, episodeSeconds: episodeSeconds, maxLineBytes: 64 << 10),
                 observation: FakeShop.home)
}

/// Starts a session, does the handshake, plays one episode, closes. Returns the
/// transcript (nil when the handshake failed) and the session for inspection.
func playOne(_ configuration: AgentConfiguration, episode: EpisodeStart = shopEpisode(),
             environment: some AgentEnvironment = FakeShop()) async throws -> (HandshakeResult, EpisodeTranscript?, AgentSession) {
    let session = try AgentSession(configuration: configuration, mode: .episode)
    let hello = await session.handshake(timeout: .seconds(15))
    guard case .ready = hello else {
        print("handshake failed: \(hello); stderr: \(session.process.stderr.text)")
        return (hello, nil, session)
    }
    let transcript = await session.run(episode, environment: environment)
    _ = await session.close()
    return (hello, transcript, session)
}

extension EpisodeTranscript {
    var answerText: String {
        guard let answer else { return "" }
        switch answer.value {
        case .string(let s): return s
        default: return JSONWriter.encode(answer.value)
        }
    }
}
