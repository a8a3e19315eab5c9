import Vocabulary

/// `{name}` placeholders in goals and checks.
///
/// Only `{` + identifier + `}` is a placeholder; any other brace is literal text, so
/// SQL such as `json_extract(x, '$.a')` needs no escaping. Inside SQL, a parameter
/// is inserted as a quoted SQL literal (strings quoted, numbers bare), so a value
/// can never change the statement's structure.
public enum ParameterTemplate {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var value: String
        /// Whether the file gave a JSON number (inserted bare into SQL).
        public var isNumber: Bool

        public init(name: String, value: String, isNumber: Bool) {
            self.name = name
            self.value = value
            self.isNumber = isNumber
        }
    }

    /// Placeholder names in `text`, in order of appearance.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        scan(text) { name in
            names.append(name)
            return nil
        }
        return names
    }

    /// `text` with every known placeholder replaced; unknown ones are returned.
    public static func render(
        _ text: String, with params: [Parameter], sql: Bool = false
    ) -> (text: String, unknown: [String]) {
        var unknown: [String] = []
        let out = scan(text) { name in
            guard let p = params.first(where: { $0.name == name }) else {
                unknown.append(name)
                return nil
            }
            if sql && !p.isNumber {
                return SQLValue.text(p.value).description
            }
            return p.value
        }
        return (out, unknown)
    }

    /// Walks `text`, asking `replace` for each placeholder; nil keeps it as written.
    @discardableResult
    private static func scan(_ text: String, replace: (String) -> String?) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", let end = identifierEnd(scalars, from: i + 1), end < scalars.count,
                scalars[end] == "}"
            {
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
                if let value = replace(name) {
                    out.append(contentsOf: value.unicodeScalars)
                } else {
                    out.append(contentsOf: scalars[i...end])
                }
                i = end + 1
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func identifierEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < s.count, s[start] == "_" || (s[start].isASCII && s[start].properties.isAlphabetic) else {
            return nil
        }
        var i = start + 1
        while i < s.count, s[i] == "_" || (s[i].isASCII && (s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]))) {
            i += 1
        }
        return i
    }
}
