import Synchronization

/// Spare arena buffers, handed from one parse to the next.
///
/// A 200 KB page needs about a megabyte of arena; allocated fresh, every parse pays
/// the page faults and the growth copies again, which measured a tenth of a parse.
/// Two spares cover the two parses a 2-core machine runs at once; a spare grown
/// past `maxBytes` by a huge page is dropped rather than kept.
enum ArenaPool {
    private static let spares = Mutex<[DocumentArena]>([])
    private static let maxSpares = 2
    private static let maxBytes = 16 << 20

    /// An empty arena, with the capacity of an earlier parse when one is spare.
    static func take() -> DocumentArena? {
        spares.withLock { $0.popLast() }
    }

    /// Takes the arena's buffers; call it with `consume`, so they are not shared
    /// and emptying them does not copy.
    static func recycle(_ arena: consuming DocumentArena) {
        var spare = arena
        guard spare.capacityBytes <= maxBytes else { return }
        spare.removeAll()
        let emptied = spare
        spares.withLock { spares in
            if spares.count < maxSpares { spares.append(emptied) }
        }
    }
}

extension DocumentArena {
    fileprivate var capacityBytes: Int {
        items.capacity * MemoryLayout<Item>.stride + attributes.capacity * MemoryLayout<RawAttribute>.stride
            + bytes.capacity
    }

    fileprivate mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        attributes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        otherTagNames.removeAll()
    }
}
