/// A parsed document, flat and in document order: what the readers produce and the
/// semantic passes consume.
///
/// Elements and text runs share one array in pre-order, each with the index one
/// past its subtree, so every pass is a loop rather than a recursion: a
/// 10,000-level page cannot overflow a thread's stack. Attribute values and text
/// live in one byte buffer; no String is made until a name or value is known to be
/// needed.
struct DocumentArena {
    struct Item {
        var isText: Bool
        /// A text run of nothing but whitespace: it separates words, but is never a
        /// node of its own and has no key.
        var isBlank = false
        var tag: Tag
        var parent: Int32
        var end: Int32
        /// Element: range of `attributes`. Text: range of `bytes`.
        var start: Int32
        var count: Int32
        /// Structural key for stable ids (see `StableID`).
        var key: UInt64
        /// One bit per `AttributeName` present, so most look-ups never scan.
        var attributeMask: UInt64 = 0
    }

    struct RawAttribute {
        var name: AttributeName
        var start: Int32
        var count: Int32
    }

    var items: [Item] = []
    var attributes: [RawAttribute] = []
    var bytes: [UInt8] = []
    /// Tag names of `.other` elements in generic XML, where the tag itself can be the role.
    var otherTagNames: [Int32: String] = [:]

    // MARK: Reading

    @inline(__always)
    func attribute(_ name: AttributeName, of index: Int) -> Range<Int>? {
        guard items[index].attributeMask & name.bit != 0 else { return nil }
        return scanAttributes(name, of: index)
    }

    private func scanAttributes(_ name: AttributeName, of index: Int) -> Range<Int>? {
        let item = items[index]
        var a = Int(item.start)
        let end = a + Int(item.count)
        while a < end {
            let attribute = attributes[a]
            if attribute.name == name {
                return Int(attribute.start)..<Int(attribute.start + attribute.count)
            }
            a += 1
        }
        return nil
    }

    @inline(__always)
    func has(_ name: AttributeName, _ index: Int) -> Bool {
        items[index].attributeMask & name.bit != 0
    }

    func string(_ name: AttributeName, of index: Int) -> String? {
        attribute(name, of: index).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The attribute's value, whitespace-trimmed and ASCII-lowercased, compared to `literal`.
    func attribute(_ name: AttributeName, of index: Int, is literal: StaticString) -> Bool {
        guard let range = attribute(name, of: index) else { return false }
        return bytesEqualFolded(trim(range), literal)
    }

    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower].isASCIIWhitespace { lower += 1 }
        while upper > lower, bytes[upper - 1].isASCIIWhitespace { upper -= 1 }
        return lower..<upper
    }

    func bytesEqualFolded(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        var i = 0
        for index in range {
            var byte = bytes[index]
            if byte >= 65, byte <= 90 { byte += 32 }
            if byte != pointer[i] { return false }
            i += 1
        }
        return true
    }

    /// Whitespace-separated tokens of an attribute (for `role`, `aria-labelledby`, `class`).
    func tokens(_ name: AttributeName, of index: Int) -> Tokens {
        let range = attribute(name, of: index) ?? 0..<0
        return Tokens(bytes: bytes, position: range.lowerBound, end: range.upperBound)
    }

    /// Token ranges, found as they are read: most attributes have one token, and an
    /// array of them cost an allocation per element.
    struct Tokens: Sequence, IteratorProtocol {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        mutating func next() -> Range<Int>? {
            while position < end, bytes[position].isASCIIWhitespace { position += 1 }
            let start = position
            while position < end, !bytes[position].isASCIIWhitespace { position += 1 }
            return position > start ? start..<position : nil
        }
    }

    func lowercasedString(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var out = 0
            for index in range {
                let byte = bytes[index]
                buffer[out] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                out += 1
            }
            return out
        }
    }

    /// Indices of the direct children of `index`.
    func children(of index: Int) -> ChildSequence {
        ChildSequence(items: items, current: index + 1, end: Int(items[index].end))
    }

    struct ChildSequence: Sequence, IteratorProtocol {
        let items: [Item]
        var current: Int
        let end: Int
        mutating func next() -> Int? {
            guard current < end else { return nil }
            defer { current = Int(items[current].end) }
            return current
        }
    }
}

extension UInt8 {
    var isASCIIWhitespace: Bool { self == 32 || self == 9 || self == 10 || self == 13 || self == 12 }
}
