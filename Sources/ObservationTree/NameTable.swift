/// A fixed open-addressing table from packed names to interned values.
///
/// `Dictionary` hashes every key with SipHash, which showed up as a fifth of parse
/// time when called for every tag and attribute of a page; the keys here are
/// known at start-up, so a multiplicative hash of the packed bytes is enough.
struct NameTable<Value: Sendable>: Sendable {
    private var keys: [ByteKey?]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [(String, Value)]) {
        var size = 64
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        for (name, value) in entries {
            guard let key = ByteKey(name) else { preconditionFailure("name longer than 24 bytes: \(name)") }
            var slot = Self.slot(key, mask)
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: ByteKey) -> Value? {
        var slot = Self.slot(key, mask)
        while let candidate = keys[slot] {
            if candidate == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func slot(_ key: ByteKey, _ mask: Int) -> Int {
        let h = (key.words.0 &* 0x9e37_79b9_7f4a_7c15) ^ (key.words.1 &* 0xc2b2_ae3d_27d4_eb4f) ^ key.words.2
        return Int(truncatingIfNeeded: h >> 40) & mask
    }
}

/// Counts per 64-bit key, for keys that are already well-mixed hashes.
struct CountTable {
    private var keys: [UInt64]
    private var counts: [UInt32]
    private var used = 0
    private var mask: Int

    init(capacity: Int) {
        var size = 256
        while size < capacity * 2 { size *= 2 }
        mask = size - 1
        keys = Array(repeating: 0, count: size)
        counts = Array(repeating: 0, count: size)
    }

    /// The count before this call, then increments it.
    mutating func next(_ key: UInt64) -> UInt32 {
        let key = key == 0 ? 1 : key  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                counts[slot] += 1
                return counts[slot] - 1
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        counts[slot] = 1
        used += 1
        if used * 2 > mask { grow() }
        return 0
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldCounts = counts
        mask = mask * 2 + 1
        keys = Array(repeating: 0, count: mask + 1)
        counts = Array(repeating: 0, count: mask + 1)
        for (key, count) in zip(oldKeys, oldCounts) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            counts[slot] = count
        }
    }
}
