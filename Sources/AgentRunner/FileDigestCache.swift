import Digest
import Foundation
import Synchronization

/// SHA-256 digests of agent files, remembered by (device, inode, size, mtime): a run
/// starts the same agent for every episode, and hashing a large binary each time
/// would dominate the spawn cost. A changed file has a new key and is hashed again.
enum FileDigestCache {
    private struct Key: Hashable {
        var path: String
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    private static let cache = Mutex<[Key: String]>([:])

    static func sha256(ofFile path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        let key = Key(path: path, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                      modifiedSeconds: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec)
        if let known = cache.withLock({ $0[key] }) { return known }
        let digest = try SHA256.hexOfFile(atPath: path)
        cache.withLock { $0[key] = digest }
        return digest
    }
}
