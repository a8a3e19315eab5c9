/// 64-bit FNV-1a: the one stable hash.
///
/// Stable across runs, processes, machines and releases, unlike the standard
/// library's `Hasher`, which is seeded per process. Anything that must give the same
/// number tomorrow (episode seeds, named generator streams, observation ids, pinned
/// test bytes) hashes with this. Changing it changes every seed: don't.
public enum StableHash {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of `bytes`, starting from the offset basis XOR `seed` (0: plain FNV-1a).
    @inlinable
    public static func fnv1a<C: Collection>(_ bytes: C, seed: UInt64 = 0) -> UInt64 where C.Element == UInt8 {
        var h = offsetBasis ^ seed
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= prime
        }
        return h
    }

    /// FNV-1a of the UTF-8 bytes of `string`.
    @inlinable
    public static func fnv1a(_ string: String, seed: UInt64 = 0) -> UInt64 {
        fnv1a(string.utf8, seed: seed)
    }
}
