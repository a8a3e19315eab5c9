import Vocabulary

/// The stable-id scheme.
///
/// Every element gets a 64-bit structural key as it is parsed:
/// - an element with an `id` attribute (or a GUI `resource-id`) is keyed by that
///   value alone, so it keeps its id wherever it moves;
/// - any other element is keyed by its parent's key, its tag, a discriminator (the
///   `name` attribute for form fields, plus `value` for inputs such as radios;
///   otherwise the `class` attribute) and its ordinal among earlier siblings with
///   the same tag and discriminator;
/// - a text run is keyed by its parent's key and its ordinal among text siblings;
///   runs of nothing but whitespace are not nodes, have no key and are not counted.
///
/// So an edit changes only the ids of what it touches, of later look-alike siblings
/// in the same parent, and of their descendants: adding a banner above a product
/// grid renumbers nothing in the grid. The id shown to agents is the key reduced to
/// a decimal number below 1,000,000; the rare collision moves the later node (in
/// document order) to the next free number.
enum StableID {
    static let space: UInt64 = 1_000_000
    static let idSeed: UInt64 = 0x5eed_1d00
    static let rootSeed: UInt64 = 0x9007
    static let textDiscriminator: UInt64 = 0x7e47

    /// The stable hash, so ids are the same in every process and release.
    @inline(__always)
    static func hash<C: Collection>(bytes: C, seed: UInt64) -> UInt64 where C.Element == UInt8 {
        StableHash.fnv1a(bytes, seed: seed)
    }

    static func hash(string: String, seed: UInt64) -> UInt64 {
        // Most elements hash an empty name; skip the walk over its UTF-8 view.
        if string.isEmpty { return StableHash.offsetBasis ^ seed }
        return hash(bytes: string.utf8, seed: seed)
    }

    /// Order-dependent combination of two keys (SplitMix64's finaliser).
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        SeededGenerator.finalise(a &+ SeededGenerator.gamma &+ (b &* 0xbf58_476d_1ce4_e5b9))
    }

    /// Hands out display ids, resolving collisions in document order.
    struct Allocator {
        /// Open addressing over the numbers handed out (stored +1; 0 is empty), sized
        /// to the page so it stays in cache.
        private var slots: [UInt32]
        private var mask: Int
        private var count = 0

        init(expectedNodes: Int) {
            var size = 1024
            while size < expectedNodes * 2 { size *= 2 }
            slots = Array(repeating: 0, count: size)
            mask = size - 1
        }

        mutating func id(for key: UInt64) -> String {
            if (count + 1) * 2 > slots.count { grow() }
            let mask = mask
            var n = key % StableID.space
            slots.withUnsafeMutableBufferPointer { slots in
                var slot = Self.slot(n, mask)
                while slots[slot] != 0 {
                    if slots[slot] == UInt32(n + 1) {
                        // Taken: try the next number, from its own slot.
                        n = (n + 1) % StableID.space
                        slot = Self.slot(n, mask)
                    } else {
                        slot = (slot + 1) & mask
                    }
                }
                slots[slot] = UInt32(n + 1)
            }
            count += 1
            return Self.decimal(n)
        }

        private static func slot(_ n: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: n &* 0x9e37_79b9) & mask
        }

        private mutating func grow() {
            let old = slots
            slots = Array(repeating: 0, count: old.count * 2)
            mask = slots.count - 1
            for stored in old where stored != 0 {
                var slot = Self.slot(UInt64(stored - 1), mask)
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = stored
            }
        }

        /// At most six digits: always a small (inline, allocation-free) String.
        private static func decimal(_ value: UInt64) -> String {
            var length = 1
            var rest = value / 10
            while rest > 0 {
                length += 1
                rest /= 10
            }
            return String(unsafeUninitializedCapacity: length) { digits in
                var n = value
                for index in stride(from: length - 1, through: 0, by: -1) {
                    digits[index] = UInt8(truncatingIfNeeded: 48 &+ n % 10)
                    n /= 10
                }
                return length
            }
        }
    }
}
