/// Errors of the sandbox host, each naming what to fix.
public enum SandboxError: Error, CustomStringConvertible, Equatable {
    case missingDirectory(String)
    case sandboxesHomeNotFound(searched: [String])
    case template(file: String, message: String)
    /// A sandbox name no host or registry knows; `known` lists the ones that exist.
    case unknownSandbox(String, known: [String] = [])
    case unknownInstance(String)
    case sqlite(String)
    /// Two sandboxes of one instance name the same table.
    case tableClash(table: String, first: String, second: String)
    case server(String)

    public var description: String {
        switch self {
        case .missingDirectory(let path): "directory not found: \(path)"
        case .sandboxesHomeNotFound(let searched):
            "sandboxes directory not found (looked in: \(searched.joined(separator: ", "))); run from the Gauntlet checkout or set GAUNTLET_HOME to it"
        case .template(let file, let message): "template \(file): \(message)"
        case .unknownSandbox(let name, let known):
            known.isEmpty ? "unknown sandbox '\(name)'" : "unknown sandbox '\(name)'; the sandboxes: \(known.joined(separator: ", "))"
        case .unknownInstance(let id): "unknown instance '\(id)'"
        case .sqlite(let message): "sqlite: \(message)"
        case .tableClash(let table, let first, let second):
            "sandboxes '\(first)' and '\(second)' both have a table named '\(table)'; one instance holds both, so each table name must belong to one sandbox (rename one of them)"
        case .server(let message): "server: \(message)"
        }
    }
}
