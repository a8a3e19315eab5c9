/// `map` with at most `limit` transforms in flight, results in input order.
enum Concurrently {
    static func map<T: Sendable, R: Sendable>(_ items: [T], limit: Int, _ transform: @escaping @Sendable (T) async -> R) async -> [R] {
        await withTaskGroup(of: (Int, R).self) { group in
            var results = [R?](repeating: nil, count: items.count)
            var next = 0
            for _ in 0..<min(max(1, limit), items.count) {
                let i = next
                group.addTask { (i, await transform(items[i])) }
                next += 1
            }
            while let (i, result) = await group.next() {
                results[i] = result
                if next < items.count {
                    let j = next
                    group.addTask { (j, await transform(items[j])) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
