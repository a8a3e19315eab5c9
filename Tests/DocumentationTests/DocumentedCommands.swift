import Foundation
import GauntletTesting

/// The `gauntlet` command lines shown in the project's Markdown: README.md, docs/, and the
/// READMEs of leaderboard/ and examples/agents/. Read from fenced code blocks (shell or
/// unlabelled), with `\` continuations joined, `# comments` dropped, and a pipe's last
/// stage taken (`curl … | gauntlet observe -`).
struct DocumentedCommand: CustomStringConvertible, Sendable {
    let file: String
    let line: Int
    /// The arguments after the binary, as a shell would split them.
    let arguments: [String]

    var description: String { "\(file):\(line): gauntlet \(arguments.joined(separator: " "))" }

    static let files = ["README.md", "leaderboard/README.md", "examples/agents/README.md"]
        + ((try? FileManager.default.contentsOfDirectory(atPath: Checkout.path("docs"))) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }

    static func all() throws -> [DocumentedCommand] {
        try files.flatMap { file in
            try commands(in: String(contentsOfFile: Checkout.path(file), encoding: .utf8), file: file)
        }
    }

    static func commands(in markdown: String, file: String) -> [DocumentedCommand] {
        var found: [DocumentedCommand] = []
        var inShellBlock = false
        var inBlock = false
        var pending = ""
        var pendingLine = 0
        for (offset, raw) in markdown.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                if inBlock {
                    inBlock = false
                    inShellBlock = false
                } else {
                    inBlock = true
                    inShellBlock = ["", "sh", "bash", "shell", "console"].contains(String(line.dropFirst(3)))
                }
                continue
            }
            guard inShellBlock else { continue }
            if pending.isEmpty { pendingLine = offset + 1 }
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            let whole = pending + line
            pending = ""
            guard let words = ShellWords.split(whole), let stage = words.split(separator: "|").last,
                  let binary = stage.first, binary == "gauntlet" || binary.hasSuffix("/gauntlet") else { continue }
            found.append(DocumentedCommand(file: file, line: pendingLine, arguments: Array(stage.dropFirst())))
        }
        return found
    }
}

/// Splits a shell command line into words: single and double quotes, backslash escapes,
/// `|` as a word of its own, and a `#` that starts a word begins a comment. Nil for an
/// unterminated quote.
enum ShellWords {
    static func split(_ line: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open { quote = nil } else if character == "\\" && open == "\"" { escaped = true } else { word.append(character) }
                continue
            }
            switch character {
            case "\\": escaped = true; inWord = true
            case "'", "\"": quote = character; inWord = true
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "|":
                if inWord { words.append(word); word = ""; inWord = false }
                words.append("|")
            case "#" where !inWord:
                if quote == nil { return words }
            default:
                word.append(character)
                inWord = true
            }
        }
        guard quote == nil else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
