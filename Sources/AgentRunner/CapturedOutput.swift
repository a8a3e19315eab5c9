/// A capped capture of a stream: the first and last halves of the cap are kept, so
/// both the start-up messages and the final crash are there whatever the volume.
public struct CapturedOutput: Sendable, Equatable {
    public let cap: Int
    public private(set) var head: [UInt8] = []
    private var tail: [UInt8] = []
    private var tailStart = 0
    public private(set) var totalBytes = 0

    public init(cap: Int) {
        self.cap = max(cap, 2)
    }

    public var droppedBytes: Int { max(0, totalBytes - head.count - tail.count) }

    public mutating func append(_ chunk: UnsafeRawBufferPointer) {
        totalBytes += chunk.count
        let headRoom = cap / 2 - head.count
        var rest = chunk[...]
        if headRoom > 0 {
            let taken = min(headRoom, rest.count)
            head.append(contentsOf: rest.prefix(taken))
            rest = rest.dropFirst(taken)
        }
        guard !rest.isEmpty else { return }
        let tailCap = cap - cap / 2
        tail.append(contentsOf: rest.suffix(tailCap))
        if tail.count > 2 * tailCap {
            tail.removeFirst(tail.count - tailCap)
        }
    }

    /// The kept bytes, with a marker where bytes were dropped.
    public var text: String {
        let tailCap = cap - cap / 2
        let keptTail = tail.suffix(tailCap)
        let dropped = totalBytes - head.count - keptTail.count
        var bytes = head
        if dropped > 0 { bytes.append(contentsOf: Array("\n[… \(dropped) bytes dropped …]\n".utf8)) }
        bytes.append(contentsOf: keptTail)
        return String(decoding: bytes, as: UTF8.self)
    }
}
