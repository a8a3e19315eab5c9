/// Builds a `DocumentArena` from open / close / text events, whichever reader sends them.
///
/// It also computes each element's structural key as it opens (see `StableID`),
/// since that needs the parent's key and a count of earlier look-alike siblings.
struct ArenaBuilder {
    /// Elements nested deeper than this are flattened into their ancestor at the
    /// limit: their text still counts, their structure does not. Real pages stay far
    /// below it; hostile ones cannot make any pass quadratic or deep.
    static let maxDepth = 256

    private(set) var arena = DocumentArena()
    private var open: [Int32] = []
    /// Elements opened beyond `maxDepth` and not yet closed.
    private var flattened = 0
    /// The element begun last is beyond `maxDepth`: its attributes are dropped.
    private var pendingIsFlattened = false
    private var lastTextItem: Int = -1
    /// Sibling ordinals: for each open element, the discriminators of its children
    /// so far and their counts, in one stack (a child's groups are dropped when it
    /// closes). A parent with more distinct kinds of children than `groupScanLimit`
    /// overflows into `wideParents`, so the scan stays short on any page.
    private var groups: [(discriminator: UInt64, count: UInt32)] = []
    /// The stack's height: `groups` keeps its storage when a frame is dropped.
    private var groupCount = 0
    private var groupStarts: [Int] = []
    private var wideParents = CountTable(capacity: 0)
    private static let groupScanLimit = 32

    init(expectedBytes: Int = 0) {
        if let spare = ArenaPool.take() { arena = spare }
        // Sized from markup-dense pages (a product grid: one item per 16 bytes) so
        // the arrays rarely grow, and growing copies them.
        arena.items.reserveCapacity(expectedBytes / 16)
        arena.attributes.reserveCapacity(expectedBytes / 32)
        arena.bytes.reserveCapacity(expectedBytes / 2)
    }

    var depth: Int { open.count }

    mutating func openElement<Value: Collection>(tag: Tag, attributes: [(AttributeName, Value)], otherName: String? = nil)
    where Value.Element == UInt8 {
        beginElement(tag: tag)
        for (name, value) in attributes { addAttribute(name, value) }
        endAttributes(otherName: otherName)
    }

    /// Starts an element whose attributes follow through `addAttribute`, then
    /// `endAttributes`: the HTML reader copies them straight from libxml2's arrays.
    mutating func beginElement(tag: Tag) {
        if open.count >= Self.maxDepth {
            flattened += 1
            pendingIsFlattened = true
            return
        }
        pendingIsFlattened = false
        let index = Int32(truncatingIfNeeded: arena.items.count)
        arena.items.append(.init(
            isText: false, tag: tag, parent: open.last ?? -1, end: index &+ 1,
            start: Int32(truncatingIfNeeded: arena.attributes.count), count: 0, key: 0))
    }

    /// An attribute of the element just begun; the first of duplicates wins.
    mutating func addAttribute<Value: Collection>(_ name: AttributeName, _ value: Value) where Value.Element == UInt8 {
        guard !pendingIsFlattened else { return }
        let index = arena.items.count - 1
        guard arena.items[index].attributeMask & name.bit == 0 else { return }
        let start = Int32(truncatingIfNeeded: arena.bytes.count)
        arena.bytes.append(contentsOf: value)
        arena.attributes.append(.init(name: name, start: start, count: Int32(truncatingIfNeeded: arena.bytes.count) &- start))
        arena.items[index].attributeMask |= name.bit
        arena.items[index].count &+= 1
    }

    /// Ends the attributes of the element just begun and opens it.
    mutating func endAttributes(otherName: String? = nil) {
        guard !pendingIsFlattened else { return }
        let index = arena.items.count - 1
        let item = arena.items[index]
        if item.tag == .other, let otherName { arena.otherTagNames[Int32(truncatingIfNeeded: index)] = otherName }
        arena.items[index].key = elementKey(index: index, parent: Int(item.parent), tag: item.tag, otherName: otherName)
        open.append(Int32(truncatingIfNeeded: index))
        groupStarts.append(groupCount)
        lastTextItem = -1
    }

    mutating func closeElement() {
        if flattened > 0 {
            flattened -= 1
            return
        }
        guard let index = open.popLast() else { return }
        arena.items[Int(index)].end = Int32(truncatingIfNeeded: arena.items.count)
        if let start = groupStarts.popLast() { groupCount = start }
        lastTextItem = -1
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        let blank = bytes.allSatisfy(\.isASCIIWhitespace)
        if lastTextItem >= 0 {
            // libxml2 delivers a run of text in several callbacks; keep it one item.
            arena.bytes.append(contentsOf: bytes)
            arena.items[lastTextItem].count += Int32(bytes.count)
            if !blank && arena.items[lastTextItem].isBlank {
                arena.items[lastTextItem].isBlank = false
                arena.items[lastTextItem].key = textKey(parent: Int(arena.items[lastTextItem].parent))
            }
            return
        }
        let parent = open.last ?? -1
        let index = arena.items.count
        let start = Int32(arena.bytes.count)
        arena.bytes.append(contentsOf: bytes)
        // Whitespace between tags is a third of a typical page's text runs; it gets no
        // key, so it costs nothing later and cannot shift the ordinals of real text.
        arena.items.append(.init(
            isText: true, isBlank: blank, tag: .other, parent: parent, end: Int32(index + 1),
            start: start, count: Int32(bytes.count), key: blank ? 0 : textKey(parent: Int(parent))))
        lastTextItem = index
    }

    private mutating func textKey(parent: Int) -> UInt64 {
        guard parent >= 0 else { return 0 }
        return siblingKey(parentKey: arena.items[parent].key, discriminator: StableID.textDiscriminator)
    }

    /// Closes whatever the document left open.
    mutating func finish() -> DocumentArena {
        while !open.isEmpty { closeElement() }
        flattened = 0
        return arena
    }

    private mutating func elementKey(index: Int, parent: Int, tag: Tag, otherName: String?) -> UInt64 {
        // An author-given id is the most stable anchor there is: it survives edits
        // anywhere else, even moving the element.
        if let id = arena.attribute(.id, of: index), !id.isEmpty {
            return StableID.hash(bytes: arena.bytes[id], seed: StableID.idSeed)
        }
        if let id = arena.attribute(.resourceId, of: index), !id.isEmpty {
            let base = StableID.hash(bytes: arena.bytes[id], seed: StableID.idSeed)
            return siblingKey(parentKey: base, discriminator: 0)
        }
        var discriminator = StableID.hash(string: otherName ?? "", seed: UInt64(tag.rawValue) &+ 1)
        // Form fields are told apart by name (and radios by value), not position, so
        // adding a field above does not renumber those below.
        if let name = arena.attribute(.name, of: index), !name.isEmpty {
            discriminator = StableID.hash(bytes: arena.bytes[name], seed: discriminator)
            // Radios and checkboxes share a name and differ by value; a text field's
            // value is what the agent types, and must not move its id.
            if tag == .input, arena.attribute(.type, of: index, is: "radio") || arena.attribute(.type, of: index, is: "checkbox"),
               let value = arena.attribute(.value, of: index) {
                discriminator = StableID.hash(bytes: arena.bytes[value], seed: discriminator)
            }
        } else if let className = arena.attribute(.class, of: index) {
            discriminator = StableID.hash(bytes: arena.bytes[className], seed: discriminator)
        }
        let parentKey = parent >= 0 ? arena.items[parent].key : StableID.rootSeed
        return siblingKey(parentKey: parentKey, discriminator: discriminator)
    }

    /// The key of the next child of the innermost open element (or of the document)
    /// that looks like `discriminator`.
    private mutating func siblingKey(parentKey: UInt64, discriminator: UInt64) -> UInt64 {
        let group = StableID.mix(parentKey, discriminator)
        return StableID.mix(group, UInt64(nextOrdinal(group: group)))
    }

    private mutating func nextOrdinal(group: UInt64) -> UInt32 {
        // Called before the new element's own frame is pushed: the top frame is its parent.
        let start = groupStarts.last ?? 0
        var i = start
        while i < groupCount {
            if groups[i].discriminator == group {
                groups[i].count &+= 1
                return groups[i].count &- 1
            }
            i += 1
        }
        guard groupCount - start < Self.groupScanLimit else { return wideParents.next(group) }
        if groupCount < groups.count {
            groups[groupCount] = (group, 1)
        } else {
            groups.append((group, 1))
        }
        groupCount += 1
        return 0
    }
}
