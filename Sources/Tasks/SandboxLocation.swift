/// The `sandbox:/path?query` shorthand used in task files instead of absolute URLs,
/// whose ports differ between runs.
public enum SandboxLocation {
    /// `("shop", "/cart?x=1")` for `shop:/cart?x=1`; nil when `text` is not of that shape
    /// (including a real URL such as `http://…`, whose `//` marks an authority).
    public static func split(_ text: String) -> (sandbox: String, rest: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon]
        let rest = text[text.index(after: colon)...]
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isLowercase,
            name.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }),
            !rest.hasPrefix("//")
        else { return nil }
        return (String(name), String(rest))
    }
}
