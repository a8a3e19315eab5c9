/// Writes HTML bytes into one buffer, escaping text the way templates do. For the few
/// page parts that repeat hundreds of times (a thread's comments), where walking a template
/// per item would cost more than the rest of the page.
///
/// A template variable holding an `HTMLWriter` writes its bytes as they are, so a page part
/// reaches the response without being decoded into a `String` and encoded again.
public struct HTMLWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 15) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup already written (a rendered template).
    init(markup: [UInt8]) {
        bytes = markup
    }

    /// Markup, written as it is.
    public mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text or an attribute value, HTML-escaped.
    public mutating func text(_ text: String) {
        Self.escape(text, into: &bytes)
    }

    public mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// HTML-escapes `&`, `<`, `>`, `"` and `'` (the same five as swift-mustache).
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }
}
