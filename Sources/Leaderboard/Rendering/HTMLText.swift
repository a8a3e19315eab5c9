/// Escaping for text that reaches HTML. Agents write actions, thoughts, answers and
/// stderr, so every string from the database is untrusted: it goes through `escape`
/// whether it lands in an element or in a quoted attribute.
enum HTMLText {
    static func escape(_ text: String) -> String {
        // Work on UTF-8 bytes: every character that needs escaping is ASCII, and pages
        // carry whole observations (tens of KB per step), so this is the report's hot loop.
        let bytes = text.utf8
        guard bytes.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            // Control characters other than tab and line breaks are not allowed in HTML text.
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: out.append(contentsOf: "\u{FFFD}".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: true
        default: false
        }
    }

    /// A file name made of `[A-Za-z0-9._-]` only, so an id can never climb out of the
    /// report directory or need escaping in a link.
    static func fileSlug(_ text: String) -> String {
        let safe = text.unicodeScalars.map { s -> Character in
            let ok = ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_"
                || s == "."
            return ok ? Character(s) : "_"
        }
        let slug = String(safe).trimmingLeadingDots()
        return slug.isEmpty ? "run" : slug
    }
}

extension String {
    fileprivate func trimmingLeadingDots() -> String {
        String(drop { $0 == "." })
    }
}
