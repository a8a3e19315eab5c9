import Synchronization

/// Facet counts of category pages, per seed and category. They depend only on the read-only
/// catalogue, so every instance of a seed can share them, and computing them is the largest
/// part of a category page's cost.
final class FacetCache: Sendable {
    static let shared = FacetCache()

    struct Entry: Sendable {
        let brands: [(slug: String, name: String, count: Int)]
        let colors: [(value: String, count: Int)]
    }

    private let entries = Mutex<[String: Entry]>([:])

    func entry(_ key: String, compute: () throws -> Entry) rethrows -> Entry {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let entry = try compute()
        entries.withLock { $0[key] = entry }
        return entry
    }
}
