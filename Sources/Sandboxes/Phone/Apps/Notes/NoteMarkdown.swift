/// A note's Markdown as widgets: `#` a title, `##` and deeper a section, `- [ ]` and
/// `- [x]` check boxes that toggle their line, `-`, `*` and `1.` list items, other lines as
/// text. Markup inside a line (`**bold**`) is shown as typed, without the asterisks.
enum NoteMarkdown {
    static func widgets(_ body: String, note: Int) -> [Widget] {
        var widgets: [Widget] = []
        for (number, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingPrefix(while: { $0 == " " })
            guard !line.isEmpty else { continue }
            if let checked = checkbox(line) {
                widgets.append(.checkbox(plain(line.dropFirst(6)), id: "check", checked: checked,
                                         tap: .run(Command("check", ["id": String(note), "line": String(number)]))))
            } else if line.hasPrefix("# ") {
                widgets.append(.text(plain(line.dropFirst(2)), id: "heading", style: .title))
            } else if line.hasPrefix("#") {
                widgets.append(.section(plain(line.drop { $0 == "#" }.trimmingPrefix(while: { $0 == " " }))))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                widgets.append(.text("• " + plain(line.dropFirst(2)), id: "item"))
            } else {
                widgets.append(.text(plain(line), id: "line"))
            }
        }
        return widgets
    }

    /// Whether a line is a check box and whether it is ticked; nil when it is not one.
    static func checkbox<S: StringProtocol>(_ line: S) -> Bool? {
        if line.hasPrefix("- [ ] ") { return false }
        if line.hasPrefix("- [x] ") || line.hasPrefix("- [X] ") { return true }
        return nil
    }

    /// `body` with the check box on line `number` (0-based) ticked or cleared; nil when that line is none.
    static func toggling(_ body: String, line number: Int) -> String? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.indices.contains(number) else { return nil }
        let indent = String(lines[number].prefix { $0 == " " })
        let line = lines[number].dropFirst(indent.count)
        guard let checked = checkbox(line) else { return nil }
        lines[number] = indent + (checked ? "- [ ] " : "- [x] ") + line.dropFirst(6)
        return lines.joined(separator: "\n")
    }

    /// The first line a list shows under a title: the first that is not a heading.
    static func preview(_ body: String) -> String {
        for raw in body.split(separator: "\n") {
            let line = raw.trimmingPrefix(while: { $0 == " " })
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let checked = checkbox(line) { return (checked ? "☑ " : "☐ ") + plain(line.dropFirst(6)) }
            return plain(line.hasPrefix("- ") ? line.dropFirst(2) : line)
        }
        return ""
    }

    private static func plain<S: StringProtocol>(_ text: S) -> String {
        String(text).split(separator: "**", omittingEmptySubsequences: false).joined()
    }
}
