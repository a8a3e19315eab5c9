import Foundation
import Synchronization

/// The real interpreter behind a pyenv shim. A shim is a bash script that runs all of
/// pyenv (about 0.2 s of shell scripts) to pick a version, so it is asked once per
/// process for each (pyenv root, name, folder, `PYENV_VERSION`): a run starts the same
/// agent for every episode, and `gauntlet verify` starts two agents per task.
enum PyenvShims {
    private struct Key: Hashable {
        var root: String
        var name: String
        var directory: String
        var version: String?
    }

    private static let answers = Mutex<[Key: String?]>([:])

    /// The interpreter the shim `name` in `root/shims` would run, or nil when pyenv
    /// cannot say (the shim is then used as it is).
    static func interpreter(root: String, name: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let key = Key(root: root, name: name, directory: FileManager.default.currentDirectoryPath,
                      version: environment["PYENV_VERSION"])
        if let known = answers.withLock({ $0[key] }) { return known }
        let answer = which(root: root, name: name, environment: environment)
        answers.withLock { $0[key] = answer }
        return answer
    }

    private static func which(root: String, name: String, environment: [String: String]) -> String? {
        let pyenv = ["\(root)/bin/pyenv", "\(root)/libexec/pyenv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let pyenv else { return nil }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: pyenv)
        process.arguments = ["which", name]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        var environment = environment
        environment["PYENV_ROOT"] = root
        process.environment = environment
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
