/// An XML screen given element by element instead of as text: a producer that writes the
/// XML itself (the phone) gets the tree `ObservationTree.xml(_:)` would read from that
/// text without writing and parsing it again.
///
/// The events are the ones `XMLReader` sends for the parsed document (the same arena, the
/// same semantic pass), so the trees are equal as long as each value is what the parser
/// would have read back: the text as written with `&`, `<`, `>`, `"` and newlines escaped.
/// A value XML cannot carry that way (other control characters, which the parser turns
/// into spaces or refuses, and U+FFFE, U+FFFF) makes `tree` nil: parse the text then.
public struct XMLElements {
    private var builder: ArenaBuilder
    /// An element is begun and its attributes are still coming.
    private var pending = false
    /// The tag of the element begun, when it is not one of `Tag`'s.
    private var otherName: String?
    private var faithful = true

    public init(expectedBytes: Int = 16 << 10) {
        builder = ArenaBuilder(expectedBytes: expectedBytes)
    }

    /// Begins an element; its attributes follow, then its children, then `close()`.
    public mutating func open(_ tag: String) {
        endAttributes()
        let interned = Tag.xml(named: tag)
        builder.beginElement(tag: interned)
        otherName = interned == .other ? tag : nil
        pending = true
    }

    /// An attribute of the element just opened, unescaped; names the tree does not read are dropped.
    public mutating func attribute(_ name: String, _ value: String) {
        guard let interned = AttributeName.xml(named: name) else { return }
        if faithful { faithful = Self.survivesParsing(value) }
        builder.addAttribute(interned, value.utf8)
    }

    public mutating func close() {
        endAttributes()
        builder.closeElement()
    }

    /// The tree, or nil when a value would not read back as given.
    public mutating func tree(limits: TextLimits = .standard) -> ObservationTree? {
        endAttributes()
        let arena = builder.finish()
        guard faithful, !arena.items.isEmpty else {
            ArenaPool.recycle(consume arena)
            return nil
        }
        let tree = XMLSemantics(arena: arena, limits: limits).build()
        ArenaPool.recycle(consume arena)
        return tree
    }

    private mutating func endAttributes() {
        guard pending else { return }
        builder.endAttributes(otherName: otherName)
        pending = false
    }

    /// Whether libxml2 reads the escaped value back unchanged: no control character but
    /// the (escaped) newline, no U+FFFE or U+FFFF (EF BF BE, EF BF BF).
    private static func survivesParsing(_ value: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in value.utf8 {
            if byte < 0x20 && byte != 0x0A { return false }
            if previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF) { return false }
            previous = (previous.1, byte)
        }
        return true
    }
}
