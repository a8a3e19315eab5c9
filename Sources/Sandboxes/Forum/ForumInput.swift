import Foundation
import SandboxKit
import Vocabulary

/// The forum's form rules: each check returns an error message or nil.
enum ForumInput {
    static func required(_ value: String?, _ label: String, max: Int) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return "Enter \(label)." }
        return value.count > max ? "Keep \(label) under \(max) characters." : nil
    }

    /// A link post's URL: http or https with a host.
    static func link(_ value: String) -> String? {
        guard value.hasPrefix("http://") || value.hasPrefix("https://") else { return "Enter a link starting with http:// or https://." }
        let rest = value.drop { $0 != "/" }.dropFirst(2)
        guard let host = rest.split(separator: "/").first, host.contains("."), !value.contains(" ") else { return "Enter a complete link, like https://example.com/page." }
        return nil
    }

    static func trimmed(_ form: FormFields, _ name: String) -> String {
        (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Messages in the order of `fields` (as they appear on the form).
    static func ordered(_ problems: [String: String], fields: [String]) -> [String] {
        fields.compactMap { problems[$0] }
    }
}
