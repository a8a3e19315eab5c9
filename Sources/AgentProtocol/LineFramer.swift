/// Splits a byte stream into protocol lines, with a hard cap on line length.
///
/// The cap is checked as bytes arrive, so gigabytes without a newline cost at most
/// `maxLineBytes` of memory before the stream is declared broken.
public struct LineFramer: Sendable {
    public enum Event: Sendable, Equatable {
        case line([UInt8])
        /// A line grew past the cap; the framer stays broken after this.
        case tooLong
    }

    public let maxLineBytes: Int
    private var pending: [UInt8] = []
    public private(set) var isBroken = false

    public init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
    }

    /// Bytes received so far that do not yet end in a newline.
    public var pendingCount: Int { pending.count }

    /// Feeds a chunk and returns the complete lines in it (a trailing `\r` is dropped).
    public mutating func feed(_ chunk: UnsafeRawBufferPointer) -> [Event] {
        guard !isBroken else { return [] }
        var events: [Event] = []
        var start = 0
        let count = chunk.count
        while start < count {
            guard let newline = chunk[start..<count].firstIndex(of: 0x0A) else {
                if pending.count + (count - start) > maxLineBytes {
                    isBroken = true
                    pending = []
                    events.append(.tooLong)
                    return events
                }
                pending.append(contentsOf: chunk[start..<count])
                break
            }
            if pending.count + (newline - start) > maxLineBytes {
                isBroken = true
                pending = []
                events.append(.tooLong)
                return events
            }
            var line = pending
            pending = []
            line.append(contentsOf: chunk[start..<newline])
            if line.last == 0x0D { line.removeLast() }
            events.append(.line(line))
            start = newline + 1
        }
        return events
    }

    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        bytes.withUnsafeBytes { feed($0) }
    }
}
