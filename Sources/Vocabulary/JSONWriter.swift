/// The one JSON writer, with the one string escaper.
///
/// - Compact, members in their order: protocol lines. Never emits a raw newline, so
///   every message written with it is exactly one line.
/// - Canonical (`sortedKeys`): object keys in UTF-8 byte order, so the same value gives
///   the same bytes however it was built or read (task checksums).
/// - Pretty canonical (`sortedKeys` and `indent`): two spaces a level, one member or
///   element a line (task files written by `gauntlet tasks generate`).
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private let sortedKeys: Bool
    private let indent: Int?
    private var depth = 0

    public init(reservingCapacity capacity: Int = 256, sortedKeys: Bool = false, indent: Int? = nil) {
        bytes.reserveCapacity(capacity)
        self.sortedKeys = sortedKeys
        self.indent = indent
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: appendASCII("null")
        case .bool(let b): appendASCII(b ? "true" : "false")
        case .int(let i): appendASCII(String(i))
        case .double(let d): writeDouble(d)
        case .string(let s): writeString(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            depth += 1
            for (offset, element) in elements.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline()
                write(element)
            }
            depth -= 1
            if !elements.isEmpty { newline() }
            bytes.append(UInt8(ascii: "]"))
        case .object(let unsorted):
            let members = sortedKeys
                ? unsorted.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) } : unsorted
            bytes.append(UInt8(ascii: "{"))
            depth += 1
            for (offset, member) in members.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline()
                writeString(member.0)
                bytes.append(UInt8(ascii: ":"))
                if indent != nil { bytes.append(UInt8(ascii: " ")) }
                write(member.1)
            }
            depth -= 1
            if !members.isEmpty { newline() }
            bytes.append(UInt8(ascii: "}"))
        case .raw(let raw): writeRaw(raw.text)
        }
    }

    /// Raw fragments are trusted to be one JSON value; a stray newline is still escaped
    /// defensively so the framing holds whatever the fragment contains.
    private mutating func writeRaw(_ text: String) {
        for byte in text.utf8 {
            if byte == 0x0A { appendASCII("\\n") } else if byte == 0x0D { appendASCII("\\r") } else { bytes.append(byte) }
        }
    }

    private mutating func writeDouble(_ d: Double) {
        guard d.isFinite else { appendASCII("null"); return }
        if d.rounded() == d && abs(d) < 1e15 {
            appendASCII(String(Int64(d)))
        } else {
            appendASCII(String(d))
        }
    }

    /// A line break and the current indentation, in pretty mode only.
    private mutating func newline() {
        guard let indent else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
    }

    public mutating func writeString(_ string: String) {
        JSONWriter.appendQuoted(string, to: &bytes)
    }

    /// The one string escaper: `string` quoted, with `"` and `\` escaped, newline, return
    /// and tab as `\n`, `\r`, `\t`, other control characters as `\u00XX`, and everything
    /// else (non-ASCII included) as its UTF-8 bytes.
    public static func appendQuoted(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(JSONWriter.hex[Int(byte >> 4)])
                bytes.append(JSONWriter.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendASCII(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// Encodes one value as a protocol line (no trailing newline).
    public static func encode(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.write(value)
        return writer.string
    }
}

extension JSONValue {
    /// Sorted keys, no insignificant whitespace: the same value gives the same bytes
    /// however its members were ordered (task checksums).
    public var canonicalText: String {
        var writer = JSONWriter(sortedKeys: true)
        writer.write(self)
        return writer.string
    }

    /// Sorted keys, two-space indent, one member or element a line, and a final newline:
    /// files people read and diff (generated tasks, bench results).
    public func canonical() -> String {
        var writer = JSONWriter(sortedKeys: true, indent: 2)
        writer.write(self)
        return writer.string + "\n"
    }
}
