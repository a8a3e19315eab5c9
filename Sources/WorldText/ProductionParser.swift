/// Parses one grammar production (`Grammar`'s syntax) into tokens. A malformed production
/// is a programming error in a word list, so it stops with the production's text.
struct ProductionParser {
    private let characters: [Character]
    private var position = 0

    init(_ characters: [Character]) {
        self.characters = characters
    }

    /// Tokens up to the end, or up to one of `terminators` (left unread) inside a choice.
    mutating func parse(until terminators: Set<Character>?) -> [Grammar.Token] {
        var tokens: [Grammar.Token] = []
        var text = ""
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text = ""
        }
        while position < characters.count {
            let character = characters[position]
            if let terminators, terminators.contains(character) { break }
            position += 1
            switch character {
            case "{":
                flush()
                var name = ""
                while position < characters.count, characters[position] != "}" {
                    name.append(characters[position])
                    position += 1
                }
                precondition(position < characters.count, "unclosed { in production: \(String(characters))")
                position += 1
                if name.hasPrefix("$") {
                    let fact = name.dropFirst()
                    if fact.hasSuffix(".lc") {
                        tokens.append(.fact(String(fact.dropLast(3)), lowercased: true))
                    } else {
                        tokens.append(.fact(String(fact), lowercased: false))
                    }
                } else if name.hasPrefix("?") {
                    tokens.append(.rule(String(name.dropFirst()), optional: true))
                } else {
                    tokens.append(.rule(name, optional: false))
                }
            case "[":
                flush()
                var alternatives: [[Grammar.Token]] = []
                while true {
                    alternatives.append(parse(until: ["|", "]"]))
                    precondition(position < characters.count, "unclosed [ in production: \(String(characters))")
                    let separator = characters[position]
                    position += 1
                    if separator == "]" { break }
                }
                tokens.append(.choice(alternatives))
            default:
                text.append(character)
            }
        }
        flush()
        return tokens
    }
}
