import Foundation

/// The repository the tests were built from: its root, found from this file's path, so
/// tests read `tasks/`, `sandboxes/` and `examples/` wherever the checkout lives.
public enum Checkout {
    /// The repository root (the folder holding Package.swift).
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A path inside the repository, e.g. `Checkout.path("examples/agents/random_agent.py")`.
    public static func path(_ relative: String) -> String {
        root + "/" + relative
    }
}
