import Digest
import Foundation
import Vocabulary

/// Loads suites and tasks from disk, reporting every problem with file, line and field.
public struct TaskLoader: Sendable {
    /// Sandbox names that exist. nil when unknown: then names are not checked.
    public var knownSandboxes: [String]?
    /// Returns why an XPath expression is invalid, or nil. Supplied by a module that
    /// has an XPath engine (`Checkers.XPathSyntax.problem`); when nil, XPath is not checked.
    public var xpathProblem: (@Sendable (String) -> String?)?

    public init(knownSandboxes: [String]?, xpathProblem: (@Sendable (String) -> String?)? = nil) {
        self.knownSandboxes = knownSandboxes
        self.xpathProblem = xpathProblem
    }

    /// The outcome of loading one suite: whatever loaded, and everything wrong.
    public struct SuiteResult: Sendable {
        /// The suite with its valid tasks; nil when `suite.json` itself is unusable.
        public var suite: Suite?
        public var problems: [TaskProblem]
    }

    /// The outcome of loading every suite under a tasks directory.
    public struct DirectoryResult: Sendable {
        /// Suites sorted by name.
        public var suites: [Suite]
        public var problems: [TaskProblem]
    }

    /// Every suite in `directory` (each sub-folder holding a `suite.json`).
    public func loadAll(directory: String) -> DirectoryResult {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            return DirectoryResult(
                suites: [],
                problems: [TaskProblem(file: directory, line: nil, field: "", reason: "cannot read the tasks directory")])
        }
        var suites: [Suite] = []
        var problems: [TaskProblem] = []
        var firstFileOfID: [String: String] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
            let result = loadSuite(directory: path)
            problems += result.problems
            guard var suite = result.suite else { continue }
            // Ids must be unique across suites too: results are keyed by task id.
            suite.tasks.removeAll { task in
                if let other = firstFileOfID[task.id] {
                    problems.append(
                        TaskProblem(file: task.file, line: lineOf(key: "id", in: task.file), field: "id",
                                    reason: "duplicate id '\(task.id)', already used by \(other)"))
                    return true
                }
                firstFileOfID[task.id] = task.file
                return false
            }
            suites.append(suite)
        }
        return DirectoryResult(suites: suites, problems: problems)
    }

    /// One suite: `suite.json` plus every other `*.json` in the folder, in name order.
    public func loadSuite(directory: String) -> SuiteResult {
        let suitePath = directory + "/suite.json"
        var problems: [TaskProblem] = []
        var header: SuiteHeader?
        var suiteNode: LocatedJSON?
        var description = ""
        var version = ""
        switch readJSON(suitePath) {
        case .failure(let problem):
            problems.append(problem)
        case .success(let node):
            let folder = (directory as NSString).lastPathComponent
            let decoded = decodeSuite(node, file: suitePath, folder: folder)
            problems += TaskLoader.byLine(decoded.problems)
            if let h = decoded.header {
                header = h
                suiteNode = node
                description = decoded.description
                version = decoded.version
            }
        }

        let fm = FileManager.default
        let files = ((try? fm.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && $0 != "suite.json" && !$0.hasPrefix(".") }
            .sorted()
        if files.isEmpty {
            problems.append(TaskProblem(file: directory, line: nil, field: "", reason: "the suite has no task files (*.json)"))
        }
        var tasks: [TaskDefinition] = []
        var fileOfID: [String: String] = [:]
        for name in files {
            let path = directory + "/" + name
            let result = loadTask(file: path, suite: header)
            problems += result.problems
            guard let task = result.task else { continue }
            if let other = fileOfID[task.id] {
                problems.append(
                    TaskProblem(file: path, line: lineOf(key: "id", in: path), field: "id",
                                reason: "duplicate id '\(task.id)', already used by \(other)"))
                continue
            }
            fileOfID[task.id] = path
            tasks.append(task)
        }
        tasks.sort { $0.id < $1.id }
        guard let header, let suiteNode else { return SuiteResult(suite: nil, problems: problems) }
        var hasher = SHA256()
        hasher.update(suiteNode.value.canonicalText)
        hasher.update("\n")
        for task in tasks {
            hasher.update("\(task.id) \(task.checksum)\n")
        }
        let suite = Suite(
            name: header.name, version: version, description: description, splits: header.splits,
            limits: header.limits, directory: directory, tasks: tasks, checksum: hasher.finalizeHex())
        return SuiteResult(suite: suite, problems: problems)
    }

    /// One task file, read from disk.
    public func loadTask(file: String, suite: Suite? = nil) -> (task: TaskDefinition?, problems: [TaskProblem]) {
        loadTask(file: file, suite: suite.map { SuiteHeader(name: $0.name, splits: $0.splits, limits: $0.limits) })
    }

    /// One task from text already in memory; `file` names it in problems.
    public func parseTask(_ text: String, file: String) -> (task: TaskDefinition?, problems: [TaskProblem]) {
        decodeTask(Array(text.utf8), file: file, suite: nil)
    }

    func loadTask(file: String, suite: SuiteHeader?) -> (task: TaskDefinition?, problems: [TaskProblem]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return (nil, [TaskProblem(file: file, line: nil, field: "", reason: "cannot read the file")])
        }
        return decodeTask([UInt8](data), file: file, suite: suite)
    }

    private func decodeTask(_ bytes: [UInt8], file: String, suite: SuiteHeader?) -> (task: TaskDefinition?, problems: [TaskProblem]) {
        let root: LocatedJSON
        do {
            root = try LocatedJSON.parse(bytes)
        } catch {
            return (nil, [TaskProblem(file: file, line: error.line, field: "", reason: "invalid JSON: \(error.reason) (column \(error.column))")])
        }
        var decoder = TaskDecoder(file: file, knownSandboxes: knownSandboxes, suite: suite)
        decoder.xpathProblem = xpathProblem
        let task = decoder.decode(root)
        return (task, TaskLoader.byLine(decoder.reader.problems))
    }

    private func readJSON(_ path: String) -> Result<LocatedJSON, TaskProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(TaskProblem(file: path, line: nil, field: "", reason: "cannot read the file"))
        }
        do {
            return .success(try LocatedJSON.parse([UInt8](data)))
        } catch {
            return .failure(TaskProblem(file: path, line: error.line, field: "", reason: "invalid JSON: \(error.reason) (column \(error.column))"))
        }
    }

    private func decodeSuite(_ node: LocatedJSON, file: String, folder: String)
        -> (header: SuiteHeader?, description: String, version: String, problems: [TaskProblem])
    {
        var reader = FieldReader(file: file)
        guard let members = reader.object(
                node, "", allowed: ["description", "limits", "name", "splits", "version"],
                required: ["description", "name", "version"])
        else { return (nil, "", "", reader.problems) }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }
        let name = field("name").flatMap { reader.string($0, "name") }
        if let name, let n = field("name"), name != folder {
            reader.report(n.line, "name", "the suite is named '\(name)' but lives in folder '\(folder)'")
        }
        let version = field("version").flatMap { reader.string($0, "version") }
        let description = field("description").flatMap { reader.string($0, "description") }
        var splits: [String] = []
        if let s = field("splits"), let list = reader.stringArray(s, "splits") {
            splits = list
            for (i, split) in list.enumerated() where list[..<i].contains(split) {
                reader.report(s.elements?[i].line, FieldReader.index("splits", i), "'\(split)' is listed twice")
            }
        }
        let limits = field("limits").flatMap { reader.limits($0, "limits") } ?? Limits()
        guard reader.problems.isEmpty, let name, let version, let description else {
            return (nil, "", "", reader.problems)
        }
        return (SuiteHeader(name: name, splits: splits, limits: limits), description, version, reader.problems)
    }

    /// Problems in file order (stable), the order an author fixes them in.
    static func byLine(_ problems: [TaskProblem]) -> [TaskProblem] {
        problems.enumerated().sorted { a, b in
            let (la, lb) = (a.element.line ?? 0, b.element.line ?? 0)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }

    /// The line of the first `"key":` in a file, for problems found after decoding.
    private func lineOf(key: String, in file: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: file),
            let root = try? LocatedJSON.parse([UInt8](data)), let value = root[key]
        else { return nil }
        return value.line
    }
}
