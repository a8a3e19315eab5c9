/// Appends compact JSON to a byte buffer. Never emits a raw newline, so every
/// message written with it is exactly one protocol line.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
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
            for (offset, element) in elements.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(member.0)
                bytes.append(UInt8(ascii: ":"))
                write(member.1)
            }
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

    public mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): appendASCII("\\\"")
            case UInt8(ascii: "\\"): appendASCII("\\\\")
            case 0x0A: appendASCII("\\n")
            case 0x0D: appendASCII("\\r")
            case 0x09: appendASCII("\\t")
            case 0..<0x20:
                appendASCII("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
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
