import CAgentSpawn
import Foundation

/// SHA-256 (FIPS 180-4), small and self-contained: the runner records the digest of
/// every agent executable and script, and this avoids a cryptography dependency. The
/// block function is in C (CAgentSpawn) so that debug builds digest binaries quickly.
public struct SHA256: Sendable {
    private var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    /// Bytes of an incomplete block carried to the next update.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {
        pending.reserveCapacity(64)
    }

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }

    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// Whole blocks are compressed straight from the caller's buffer.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard !buffer.isEmpty else { return }
        length &+= UInt64(buffer.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<take])
            offset = take
            if pending.count == 64 {
                let block = pending
                compress(block)
                pending.removeAll(keepingCapacity: true)
            }
        }
        let blocks = (buffer.count - offset) / 64
        if blocks > 0 {
            let base = buffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
            state.withUnsafeMutableBufferPointer { gauntlet_sha256_blocks($0.baseAddress!, base, blocks) }
            offset += blocks * 64
        }
        if offset < buffer.count { pending.append(contentsOf: buffer[offset...]) }
    }

    private mutating func compress(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { data in
            state.withUnsafeMutableBufferPointer { gauntlet_sha256_blocks($0.baseAddress!, data.baseAddress!, data.count / 64) }
        }
    }

    public consuming func finalize() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        compress(tail)
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in state {
            digest.append(contentsOf: [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                                       UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)])
        }
        return digest
    }

    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hexString(hasher.finalize())
    }

    /// The digest of a file's contents, read in chunks.
    public static func hexOfFile(atPath path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 4 << 20), !chunk.isEmpty {
            hasher.update(chunk)
        }
        return hexString(hasher.finalize())
    }

    public static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var s = ""
        for byte in digest {
            s.append(digits[Int(byte >> 4)])
            s.append(digits[Int(byte & 0xF)])
        }
        return s
    }
}
