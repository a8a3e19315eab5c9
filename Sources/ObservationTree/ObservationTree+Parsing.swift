#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ObservationTree {
    /// The tree of an HTML page. Never fails: broken markup is recovered the way
    /// libxml2's HTML parser recovers it, invalid UTF-8 becomes U+FFFD, and an
    /// empty document is a root with no children.
    public static func html<Bytes: Collection>(_ bytes: Bytes, limits: TextLimits = .standard) -> ObservationTree
    where Bytes.Element == UInt8 {
        let input = InputText.sanitized(bytes)
        let arena = input.withUnsafeBufferPointer { HTMLReader.read($0) }
        let tree = HTMLSemantics(arena: arena, limits: limits).build()
        ArenaPool.recycle(consume arena)
        return tree
    }

    public static func html(_ string: String, limits: TextLimits = .standard) -> ObservationTree {
        html(Array(string.utf8), limits: limits)
    }

    /// Runs only libxml2's HTML tokeniser over `bytes`, the way `html(_:)` runs it but
    /// with callbacks that do nothing, and builds no tree. Benchmarks time it beside
    /// `html(_:)` to tell the library's share from ours, and a slow machine from slow code.
    @_spi(Benchmarks)
    public static func tokenizeHTMLOnly<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let input = InputText.sanitized(bytes)
        input.withUnsafeBufferPointer { HTMLReader.tokenize($0) }
    }

    /// The tree of an XML screen: a uiautomator dump of a GUI app, or a generic
    /// screen whose elements carry `role` and `name` attributes (docs/observation.md).
    public static func xml<Bytes: Collection>(_ bytes: Bytes, limits: TextLimits = .standard) throws(ObservationError) -> ObservationTree
    where Bytes.Element == UInt8 {
        let input = InputText.sanitized(bytes)
        let arena = try input.withUnsafeBufferPointer { buffer throws(ObservationError) in try XMLReader.read(buffer) }
        let tree = XMLSemantics(arena: arena, limits: limits).build()
        ArenaPool.recycle(consume arena)
        return tree
    }

    public static func xml(_ string: String, limits: TextLimits = .standard) throws(ObservationError) -> ObservationTree {
        try xml(Array(string.utf8), limits: limits)
    }
}

/// Why a document gave no tree.
public enum ObservationError: Error, Equatable, CustomStringConvertible {
    /// The XML has no root element, or an error libxml2 could not recover from.
    case malformedXML(line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .malformedXML(let line, let column, let message):
            "malformed XML at line \(line), column \(column): \(message)"
        }
    }
}

/// Input bytes made safe for libxml2: valid UTF-8 without NUL bytes.
enum InputText {
    static func sanitized<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var array = Array(bytes)
        // UTF8Span validates in place; String(validating:) would copy the page first.
        if (try? UTF8Span(validating: array.span)) == nil {
            // Repair the way browsers do: every invalid sequence becomes U+FFFD.
            array = Array(String(decoding: array, as: UTF8.self).utf8)
        }
        if array.withUnsafeBufferPointer({ buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }) {
            // libxml2 stops at a NUL byte; HTML's tokenizer reads it as U+FFFD.
            var repaired: [UInt8] = []
            repaired.reserveCapacity(array.count + 16)
            for byte in array {
                if byte == 0 { repaired.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { repaired.append(byte) }
            }
            array = repaired
        }
        return array
    }
}
