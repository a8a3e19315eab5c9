import Foundation

/// Finds the `sandboxes/` directory holding templates and static files.
///
/// Order: `$GAUNTLET_HOME/sandboxes`, then the current directory and its parents, then the
/// executable's directory and its parents (so `.build/release/gauntlet` finds the checkout).
public enum SandboxHome {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        var searched: [String] = []
        if let home = environment["GAUNTLET_HOME"], !home.isEmpty {
            let candidate = (home as NSString).appendingPathComponent("sandboxes")
            if isDirectory(candidate) { return candidate }
            throw SandboxError.sandboxesHomeNotFound(searched: [candidate + " (from GAUNTLET_HOME)"])
        }
        let starts = [FileManager.default.currentDirectoryPath, (CommandLine.arguments.first.map { ($0 as NSString).deletingLastPathComponent }) ?? ""]
        for start in starts where !start.isEmpty {
            var dir = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("sandboxes").path
                searched.append(candidate)
                if isDirectory(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw SandboxError.sandboxesHomeNotFound(searched: searched)
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
