import ArgumentParser
import SandboxKit
import Shop
import TextWorlds

/// Every sandbox the CLI can host. A new sandbox adds one line here.
enum SandboxRegistry {
    static let all: [any Sandbox] = [
        ShopSandbox(),
        GamesSandbox(),
    ]

    /// The names, for help texts and errors.
    static var names: String {
        all.map(\.name).joined(separator: ", ")
    }

    static func select(_ names: [String]) throws -> [any Sandbox] {
        if names.isEmpty { return all }
        return try names.map { name in
            guard let sandbox = all.first(where: { $0.name == name }) else {
                throw ValidationError("unknown sandbox '\(name)'; the sandboxes: \(Self.names)")
            }
            return sandbox
        }
    }
}
