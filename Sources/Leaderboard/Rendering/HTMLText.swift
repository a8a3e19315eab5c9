/// Escaping for text that reaches HTML. Agents write actions, thoughts, answers and
/// stderr, so every string from the database is untrusted: it goes through `escape`
/// whether it lands in an element or in a quoted attribute.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and line breaks are not allowed in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}":
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
