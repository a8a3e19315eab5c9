/// One mustache template, parsed once into a tree of nodes.
///
/// The subset the sandboxes use: `{{name}}` (HTML-escaped), `{{{name}}}` and `{{&name}}`
/// (raw), `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`, `{{> partial}}`, `{{! comment}}`,
/// dotted names and `{{.}}`. Standalone lines (a section, close, partial or comment tag alone
/// on its line) are removed as the mustache specification says. Anything else (set
/// delimiters, lambdas, inheritance) is a parse error naming the line and column, never
/// silently mis-rendered.
struct PageTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Path, escaped: Bool)
        case section(Path, [Node], inverted: Bool)
        case partial(String, indentation: [UInt8])
    }

    /// A variable name split at its dots once, at parse time; no parts means `.`.
    struct Path: Sendable {
        let parts: [String]

        init(_ name: String) {
            parts = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    struct ParseError: Error {
        let line: Int
        let column: Int
        let message: String
    }

    let nodes: [Node]

    init(text: String) throws(ParseError) {
        let lexemes = Self.markStandalone(try Self.lex(Array(text.utf8)))
        nodes = try Self.tree(lexemes)
    }

    // MARK: Lexing

    private enum TagKind {
        case variable, unescaped, open, inverted, close, partial, comment

        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            case .open, .inverted, .close, .partial, .comment: true
            }
        }
    }

    private enum Lexeme {
        /// Text never spans a line break: it ends at (and includes) its `\n`, if any.
        case text([UInt8])
        case tag(TagKind, name: String, line: Int, column: Int, indentation: [UInt8])
    }

    private static let open: [UInt8] = Array("{{".utf8)
    private static let close: [UInt8] = Array("}}".utf8)
    private static let tripleClose: [UInt8] = Array("}}}".utf8)

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private static func lex(_ bytes: [UInt8]) throws(ParseError) -> [Lexeme] {
        var lexemes: [Lexeme] = []
        var line = 1
        var lineStart = 0
        var position = 0
        func appendText(_ end: Int) {
            var start = position
            var index = position
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") {
                    lexemes.append(.text(Array(bytes[start...index])))
                    line += 1
                    lineStart = index + 1
                    start = index + 1
                }
                index += 1
            }
            if start < end { lexemes.append(.text(Array(bytes[start..<end]))) }
        }
        while let tagStart = find(open, in: bytes, from: position) {
            appendText(tagStart)
            let column = tagStart - lineStart + 1
            let triple = tagStart + 2 < bytes.count && bytes[tagStart + 2] == UInt8(ascii: "{")
            let contentStart = tagStart + (triple ? 3 : 2)
            guard let contentEnd = find(triple ? tripleClose : close, in: bytes, from: contentStart) else {
                throw ParseError(line: line, column: column, message: "unclosed tag")
            }
            let content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
            if content.contains("\n") { throw ParseError(line: line, column: column, message: "tag spans lines") }
            var body = Substring(content).drop { $0 == " " || $0 == "\t" }
            while let last = body.last, last == " " || last == "\t" { body = body.dropLast() }
            var kind = TagKind.variable
            if triple {
                kind = .unescaped
            } else if let sigil = body.first {
                switch sigil {
                case "#": kind = .open
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "!": kind = .comment
                case "&": kind = .unescaped
                case "=", "<", "$": throw ParseError(line: line, column: column, message: "unsupported tag '{{\(content)}}'")
                default: break
                }
                if kind != .variable { body = body.dropFirst() }
            }
            let name = String(body.drop { $0 == " " || $0 == "\t" })
            if kind != .comment {
                guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "(" || $0 == "|" }) else {
                    throw ParseError(line: line, column: column, message: "bad tag name '{{\(content)}}'")
                }
            }
            lexemes.append(.tag(kind, name: name, line: line, column: column, indentation: []))
            position = contentEnd + (triple ? 3 : 2)
        }
        appendText(bytes.count)
        return lexemes
    }

    /// Applies the standalone-line rule: a line holding only white space and one section,
    /// close, partial or comment tag renders nothing of its own (its white space and line
    /// break go); a standalone partial indents its lines by the white space before it.
    private static func markStandalone(_ lexemes: [Lexeme]) -> [Lexeme] {
        var result: [Lexeme] = []
        result.reserveCapacity(lexemes.count)
        var lineStart = 0
        while lineStart < lexemes.count {
            var lineEnd = lineStart
            while lineEnd < lexemes.count {
                if case .text(let bytes) = lexemes[lineEnd], bytes.last == UInt8(ascii: "\n") { break }
                lineEnd += 1
            }
            let upper = min(lineEnd, lexemes.count - 1)
            let line = lexemes[lineStart...upper]
            var tags = 0
            var standaloneTag: Int?
            var blank = true
            for index in line.indices {
                switch line[index] {
                case .tag(let kind, _, _, _, _):
                    tags += 1
                    if kind.canStandAlone { standaloneTag = index }
                case .text(let bytes):
                    if bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }) {
                        blank = false
                    }
                }
            }
            if tags == 1, blank, let tagIndex = standaloneTag, case .tag(let kind, let name, let tagLine, let column, _) = line[tagIndex] {
                var indentation: [UInt8] = []
                for index in lineStart..<tagIndex {
                    if case .text(let bytes) = lexemes[index] { indentation += bytes }
                }
                result.append(.tag(kind, name: name, line: tagLine, column: column, indentation: kind == .partial ? indentation : []))
            } else {
                result.append(contentsOf: line)
            }
            lineStart = upper + 1
        }
        return result
    }

    // MARK: Tree

    private static func tree(_ lexemes: [Lexeme]) throws(ParseError) -> [Node] {
        struct Open {
            let name: String
            let inverted: Bool
            let line: Int
            let column: Int
            var nodes: [Node] = []
        }
        var stack: [Open] = [Open(name: "", inverted: false, line: 0, column: 0)]
        func append(_ node: Node) {
            if case .text(let bytes) = node, case .text(let previous)? = stack[stack.count - 1].nodes.last {
                stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + bytes)
            } else {
                stack[stack.count - 1].nodes.append(node)
            }
        }
        for lexeme in lexemes {
            switch lexeme {
            case .text(let bytes):
                append(.text(bytes))
            case .tag(let kind, let name, let line, let column, let indentation):
                switch kind {
                case .variable: append(.variable(Path(name), escaped: true))
                case .unescaped: append(.variable(Path(name), escaped: false))
                case .partial: append(.partial(name, indentation: indentation))
                case .comment: break
                case .open, .inverted: stack.append(Open(name: name, inverted: kind == .inverted, line: line, column: column))
                case .close:
                    guard stack.count > 1, let section = stack.last, section.name == name else {
                        throw ParseError(line: line, column: column, message: "'{{/\(name)}}' closes no open section" + (stack.count > 1 ? " (open: '\(stack[stack.count - 1].name)')" : ""))
                    }
                    stack.removeLast()
                    append(.section(Path(name), section.nodes, inverted: section.inverted))
                }
            }
        }
        if stack.count > 1, let section = stack.last {
            throw ParseError(line: section.line, column: section.column, message: "section '\(section.name)' is never closed")
        }
        return stack[0].nodes
    }
}
