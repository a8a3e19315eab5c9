import Foundation
import Synchronization

/// An executable of this package, as built beside the running tests, checked once per test
/// process to be built from the current sources, so a test never runs a binary left over
/// from older ones. The check only reads modification times (a few milliseconds); when it
/// fails, the error names the newer file and what to rebuild.
///
/// A source counts as built when the binary, or the build's output for the source's module
/// (`.build/debug/MODULE.build/`), is newer: a rebuild after a change that alters no object
/// file (a touched file, a comment) rewrites the module's outputs but does not relink the
/// binary. Package.swift and files of no module count as built after any build.
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
        guard let linked = Self.modified(binary) else {
            return .failure(Stale(description: "\(binary) does not exist: \(rebuild)"))
        }
        let anyBuild = Self.modified(Self.buildFolder + "/description.json") ?? linked
        var moduleBuilt: [String: Date] = [:]
        func built(_ relative: String) -> Date {
            guard let module = Self.module(of: relative) else { return max(linked, anyBuild) }
            if let known = moduleBuilt[module] { return known }
            let outputs = Self.buildFolder + "/" + module + ".build"
            let files = (try? FileManager.default.contentsOfDirectory(atPath: outputs)) ?? []
            let newest = files.compactMap { Self.modified(outputs + "/" + $0) }.max()
            let date = max(linked, newest ?? anyBuild)
            moduleBuilt[module] = date
            return date
        }
        for source in sources {
            var paths = [source]
            if let walker = FileManager.default.enumerator(atPath: Checkout.path(source)) {
                while let inner = walker.nextObject() as? String { paths.append(source + "/" + inner) }
            }
            for relative in paths {
                guard let changed = Self.modified(Checkout.path(relative)) else { continue }
                if changed > built(relative) {
                    return .failure(Stale(description:
                        "\(binary) (built \(linked)) is older than \(relative) (changed \(changed)): \(rebuild)"))
                }
            }
        }
        return .success(binary)
    }

    /// The module a repository path belongs to, named as its build folder is
    /// (`Sources/Harness/…` → Harness, `Sources/Sandboxes/Shop/…` → Shop), or nil.
    static func module(of relative: String) -> String? {
        let parts = relative.split(separator: "/").map(String.init)
        if parts.starts(with: ["examples", "agents", "swift"]) { return "gauntlet_swift_agent" }
        guard parts.first == "Sources" else { return nil }
        let index = parts.count > 1 && parts[1] == "Sandboxes" ? 2 : 1
        return parts.count > index ? parts[index] : nil
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
