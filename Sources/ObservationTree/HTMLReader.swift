import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads HTML with libxml2's HTML parser (recover mode) into a `DocumentArena`.
///
/// It uses libxml2's SAX interface rather than its DOM: building libxml2's own tree
/// costs as much as the tokenising, and we would only copy it again.
enum HTMLReader {
    static func read(_ input: UnsafeBufferPointer<UInt8>) -> DocumentArena {
        // The callbacks reach the state through a raw pointer rather than a class
        // reference: a class's stored properties pay a dynamic exclusivity check on
        // every access, and there are tens of thousands of callbacks per page.
        let state = UnsafeMutablePointer<SAXState>.allocate(capacity: 1)
        state.initialize(to: SAXState(expectedBytes: input.count))
        defer { state.deinitialize(count: 1); state.deallocate() }
        // Replace the default handlers (which build libxml2's DOM) with ours.
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            SAXState.from(context).pointee.startElement(name, attributes)
        }
        handler.endElement = { context, _ in
            SAXState.from(context).pointee.builder.closeElement()
        }
        handler.characters = { context, bytes, length in
            guard let bytes, length > 0 else { return }
            SAXState.from(context).pointee.builder.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
        }
        handler.ignorableWhitespace = handler.characters
        // Script and style bodies arrive here; we never show them.
        handler.cdataBlock = { _, _, _ in }
        parse(input, handler: &handler, context: UnsafeMutableRawPointer(state))
        return state.pointee.builder.finish()
    }

    /// Only libxml2's tokeniser, with callbacks that do nothing: the floor under
    /// `read`'s time, which `gauntlet bench observe` reports beside its own.
    static func tokenize(_ input: UnsafeBufferPointer<UInt8>) {
        var handler = htmlSAXHandler()
        handler.startElement = { _, _, _ in }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { _, _, _ in }
        parse(input, handler: &handler, context: nil)
    }

    /// Runs libxml2's HTML push parser over the whole input with `handler`.
    private static func parse(_ input: UnsafeBufferPointer<UInt8>, handler: inout htmlSAXHandler, context userData: UnsafeMutableRawPointer?) {
        LibXML2.initialize()
        guard input.count > 0, let base = input.baseAddress else { return }
        let size = Int32(clamping: input.count)
        base.withMemoryRebound(to: CChar.self, capacity: input.count) { chars in
            // libxml2 2.9's push parser, given the whole document as its last chunk, costs
            // a fifth less than htmlParseDocument on the same page. Without implied
            // elements it stops at the end of the first top-level element, so every
            // document is opened with an `<html>` of our own: a page's own `<html>` tag
            // is then a duplicate libxml2 drops, and a fragment's elements become its
            // children, as a browser would place them. The input was validated as UTF-8
            // by the caller; saying so stops libxml2 guessing an encoding.
            guard let context = htmlCreatePushParserCtxt(&handler, userData, nil, 0, nil, XML_CHAR_ENCODING_UTF8)
            else { return }
            defer { htmlFreeParserCtxt(context) }
            htmlCtxtUseOptions(context, LibXML2.htmlOptions)
            _ = Self.documentOpening.withUnsafeBufferPointer { opening in
                htmlParseChunk(context, opening.baseAddress, Int32(opening.count), 0)
            }
            htmlParseChunk(context, chars, size, 1)
        }
    }

    private static let documentOpening: [CChar] = Array("<html>".utf8).map { CChar(bitPattern: $0) }

    /// The parser's working state, reached from C callbacks through `userData`.
    private struct SAXState {
        var builder: ArenaBuilder
        /// libxml2 hands out tag and attribute names interned in the parser's
        /// dictionary (or as static literals), so within one parse a name's address
        /// stands for its text: each distinct name is looked up once, not per element.
        private var tags = NameCache<Tag>()
        private var attributeNames = NameCache<AttributeName?>()

        init(expectedBytes: Int) {
            builder = ArenaBuilder(expectedBytes: expectedBytes)
        }

        static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXState> {
            context!.assumingMemoryBound(to: SAXState.self)
        }

        mutating func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            let tag = name.map { name in
                tags.value(for: name) { ByteKey(bytes: name, count: cStringLength(name), lowercase: true).flatMap { Tag.byKey[$0] } ?? .other }
            } ?? .other
            builder.beginElement(tag: tag)
            if var pointer = attributes {
                while let attributeName = pointer.pointee {
                    let value = pointer[1]
                    pointer += 2
                    let known = attributeNames.value(for: attributeName) {
                        ByteKey(bytes: attributeName, count: cStringLength(attributeName), lowercase: true)
                            .flatMap { AttributeName.byKey[$0] }
                    }
                    guard let known else { continue }
                    builder.addAttribute(known, UnsafeBufferPointer(start: value, count: value.map(cStringLength) ?? 0))
                }
            }
            builder.endAttributes()
        }
    }

    /// A direct-mapped cache from a name's address to what it interns to.
    private struct NameCache<Value> {
        private var addresses = [UnsafeRawPointer?](repeating: nil, count: 256)
        private var values: [Value?] = Array(repeating: nil, count: 256)

        mutating func value(for name: UnsafePointer<UInt8>, _ compute: () -> Value) -> Value {
            // libxml2 packs dictionary strings end to end, so neighbouring names differ
            // in the low bits only: mix them all into the slot.
            let slot = Int(truncatingIfNeeded: (UInt(bitPattern: name) &* 0x9e37_79b9_7f4a_7c15) >> 56)
            if addresses[slot] == UnsafeRawPointer(name), let value = values[slot] { return value }
            let value = compute()
            addresses[slot] = UnsafeRawPointer(name)
            values[slot] = value
            return value
        }
    }
}

/// Process-wide libxml2 set-up and the options every parse uses.
enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// Recover from broken markup, say nothing on stderr (libxml2's error handlers are
    /// per thread, and Swift tasks hop threads), and never touch the network.
    static let htmlOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)

    /// As for HTML; entities are deliberately not substituted (no XML_PARSE_NOENT), so
    /// a screen cannot pull in a local file through an external entity.
    static let xmlOptions = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
}

/// libc's (vectorised) strlen, for the UInt8 strings libxml2 hands out.
private func cStringLength(_ pointer: UnsafePointer<UInt8>) -> Int {
    pointer.withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
}
