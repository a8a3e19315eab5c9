import Synchronization

/// What category pages compute from the read-only catalogue alone, per seed and category:
/// facet counts and the product order of each sort without filters. Every instance of a seed
/// shares them; computing them is most of a category page's cost.
final class FacetCache: Sendable {
    static let shared = FacetCache()

    struct Entry: Sendable {
        let brands: [(slug: String, name: String, count: Int)]
        let colors: [(value: String, count: Int)]
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let orders = Mutex<[String: [Int]]>([:])

    func entry(_ key: String, compute: () throws -> Entry) rethrows -> Entry {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let entry = try compute()
        entries.withLock { $0[key] = entry }
        return entry
    }

    /// Product ids of a listing in display order (all pages).
    func order(_ key: String, compute: () throws -> [Int]) rethrows -> [Int] {
        if let cached = orders.withLock({ $0[key] }) { return cached }
        let ids = try compute()
        orders.withLock { $0[key] = ids }
        return ids
    }
}
