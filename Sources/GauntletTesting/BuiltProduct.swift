import Foundation
import Synchronization

/// An executable of this package, as built beside the running tests, checked once per test
/// process to be newer than every source it is built from, so a test never runs a binary
/// left over from older sources. The check only reads modification times (a few
/// milliseconds); when it fails, the error says what to rebuild.
public struct BuiltProduct: Sendable {
    public let name: String
    /// Files and folders, relative to the repository root, whose sources the product is built from.
    public let sources: [String]

    /// The command-line tool: built from everything under Sources/.
    public static let gauntlet = BuiltProduct(name: "gauntlet", sources: ["Package.swift", "Sources"])
    /// The Swift example agent.
    public static let swiftAgent = BuiltProduct(
        name: "gauntlet-swift-agent", sources: ["Package.swift", "examples/agents/swift", "Sources/AgentProtocol"])

    public init(name: String, sources: [String]) {
        self.name = name
        self.sources = sources
    }

    public struct Stale: Error, CustomStringConvertible {
        public var description: String
    }

    /// The folder the running test binary was built into (`.build/<triple>/debug`), so the
    /// product checked is the one built with the same configuration as the tests.
    static let buildFolder: String = {
        let running = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
        return FileManager.default.fileExists(atPath: running + "/gauntlet") ? running : Checkout.path(".build/debug")
    }()

    private static let checked = Mutex<[String: Result<String, Stale>]>([:])

    /// The product's path, once it is known to be up to date.
    public func path() throws -> String {
        try Self.checked.withLock { checked in
            if let known = checked[name] { return known }
            let outcome = check()
            checked[name] = outcome
            return outcome
        }.get()
    }

    private func check() -> Result<String, Stale> {
        let binary = Self.buildFolder + "/" + name
        let rebuild = "run `swift build --build-tests` (as scripts/test does) before the tests"
        guard let built = Self.modified(binary) else {
            return .failure(Stale(description: "\(binary) does not exist: \(rebuild)"))
        }
        if let newer = newestSource(), newer.date > built {
            return .failure(Stale(description: "\(binary) (built \(built)) is older than \(newer.path) (changed \(newer.date)): \(rebuild)"))
        }
        return .success(binary)
    }

    private func newestSource() -> (path: String, date: Date)? {
        var newest: (path: String, date: Date)?
        func consider(_ path: String) {
            guard let date = Self.modified(path) else { return }
            if newest.map({ date > $0.date }) ?? true { newest = (path, date) }
        }
        for source in sources {
            let root = Checkout.path(source)
            consider(root)
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                consider(root + "/" + relative)
            }
        }
        return newest
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
