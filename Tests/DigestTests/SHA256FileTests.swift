import Digest
import Foundation
import Testing

@Suite struct SHA256FileTests {
    @Test func fileDigestMatchesTheInMemoryDigest() throws {
        let path = NSTemporaryDirectory() + "sha-\(getpid()).bin"
        // Larger than one read chunk is not needed to test chunking logic: 200 KB spans
        // several internal 64-byte blocks and an uneven tail.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SHA256.hexOfFile(atPath: path) == SHA256.hex(bytes))
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: (any Error).self) { try SHA256.hexOfFile(atPath: "/nonexistent/gauntlet-agent") }
    }
}
