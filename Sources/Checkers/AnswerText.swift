import Foundation

/// An answer (or a gold phrase) as a sequence of normalized tokens.
///
/// Matching is on whole tokens, never raw substrings: "red" does not occur in
/// "tired", and "/viewed" is not "/viewedasdf". Words are case- and accent-folded
/// and lightly lemmatised (a plural `s` dropped), so "Racing car" matches
/// "racing cars". Numbers are compared as numbers, so "$0.00" contains "0".
struct AnswerText {
    enum Kind: Equatable {
        case word(String)
        case number(Double)
    }

    struct Token {
        var kind: Kind
        /// Index of the clause (split at . , ; : ! ? and line breaks) the token lies in.
        var clause: Int
        /// Currency code attached by a neighbouring symbol or word (`$5`, `5 EUR`).
        var currency: String?
    }

    var tokens: [Token]

    static let negators: Set<String> = [
        "not", "no", "never", "none", "neither", "nor", "without", "cannot", "isnt", "arent", "wasnt",
        "werent", "dont", "doesnt", "didnt", "cant", "wont", "hasnt", "havent", "hadnt", "shouldnt",
        "wouldnt", "couldnt", "nothing", "nobody", "nowhere",
    ]
    static let clauseWords: Set<String> = ["but", "however", "although", "though", "whereas", "yet"]
    static let currencySymbols: [Character: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
    static let currencyWords: [String: String] = [
        "usd": "USD", "dollar": "USD", "eur": "EUR", "euro": "EUR", "gbp": "GBP", "pound": "GBP",
        "jpy": "JPY", "yen": "JPY", "cad": "CAD", "aud": "AUD", "chf": "CHF",
    ]
    static let numberWords: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    init(_ text: String) {
        tokens = AnswerText.tokenize(text)
    }

    // MARK: - Tokenizing

    private static func tokenize(_ text: String) -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        var clause = 0
        var pendingCurrency: String?
        var i = 0
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        while i < chars.count {
            let c = chars[i]
            if (c.isASCII && c.isNumber) || startsSignedOrFractionalNumber(chars, at: i) {
                // A number: digits with thousands commas and one decimal point.
                var j = i
                var literal = ""
                if c == "-" || c == "−" {
                    literal = "-"
                    j += 1
                }
                var sawPoint = false
                var isNumeric = true
                while j < chars.count {
                    let d = chars[j]
                    if d.isASCII && d.isNumber {
                        literal.append(d)
                        j += 1
                    } else if d == ",", !sawPoint, AnswerText.isThousandsGroup(chars, after: j) {
                        j += 1  // thousands separator
                    } else if d == ".", !sawPoint, j + 1 < chars.count, chars[j + 1].isASCII && chars[j + 1].isNumber {
                        sawPoint = true
                        literal.append(".")
                        j += 1
                    } else {
                        break
                    }
                }
                // "3rd", "2nd", "10th" and codes like "4k" or "a1b2" stay words.
                if j < chars.count && chars[j].isLetter {
                    isNumeric = false
                    while j < chars.count && isWordChar(chars[j]) {
                        literal.append(chars[j])
                        j += 1
                    }
                }
                let original = String(chars[i..<j])
                if isNumeric, let value = Double(literal) {
                    tokens.append(Token(kind: .number(value), clause: clause, currency: pendingCurrency))
                } else {
                    tokens.append(Token(kind: .word(normalize(original)), clause: clause))
                }
                pendingCurrency = nil
                i = j
                continue
            }
            if c.isLetter || c.isNumber {
                var j = i
                var word = ""
                while j < chars.count {
                    if isWordChar(chars[j]) {
                        word.append(chars[j])
                        j += 1
                    } else if chars[j] == "'" || chars[j] == "’", j + 1 < chars.count, chars[j + 1].isLetter {
                        j += 1  // "isn't" → "isnt", so contractions stay one token
                    } else {
                        break
                    }
                }
                let norm = normalize(word)
                if clauseWords.contains(norm) {
                    clause += 1
                } else if let code = currencyWords[norm], let last = tokens.last, case .number = last.kind,
                    last.clause == clause, last.currency == nil
                {
                    tokens[tokens.count - 1].currency = code
                } else if let code = currencyWords[norm], word == word.uppercased(), word.count == 3 {
                    pendingCurrency = code  // "USD 12"
                } else {
                    tokens.append(Token(kind: .word(norm), clause: clause))
                }
                i = j
                continue
            }
            if let code = currencySymbols[c] {
                pendingCurrency = code
            } else if ".,;:!?\n\r".contains(c) {
                clause += 1
                pendingCurrency = nil
            }
            i += 1
        }
        return tokens
    }

    /// "-5", "−5", ".5" or "-.5", where the sign or point is not inside a word ("a-5" is a code).
    private static func startsSignedOrFractionalNumber(_ chars: [Character], at i: Int) -> Bool {
        func digit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        if i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return false }
        switch chars[i] {
        case "-", "−": return digit(i + 1) || (i + 1 < chars.count && chars[i + 1] == "." && digit(i + 2))
        case ".": return digit(i + 1)
        default: return false
        }
    }

    /// A comma at `comma` followed by exactly three digits: "1,234" is one number, "1,2" two.
    private static func isThousandsGroup(_ chars: [Character], after comma: Int) -> Bool {
        func digit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        return digit(comma + 1) && digit(comma + 2) && digit(comma + 3) && !digit(comma + 4)
    }

    /// Case- and accent-folded, lightly lemmatised word.
    static func normalize(_ word: String) -> String {
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return lemma(folded)
    }

    /// A plural `s` removed, so singular and plural match; applied to both sides.
    static func lemma(_ w: String) -> String {
        guard w.count > 3, w.allSatisfy({ $0.isLetter }) else { return w }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        for suffix in ["xes", "zes", "ches", "shes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    // MARK: - Matching

    static func tokensEqual(_ a: Kind, _ b: Kind) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        case (.word(let x), .word(let y)): x == y
        case (.number(let x), .word(let w)), (.word(let w), .number(let x)): numberWords[w] == x
        }
    }

    /// Start indices where `phrase` occurs as a contiguous token run whose clause breaks
    /// fall exactly where the phrase's own do: "Pace & Co. Studio" matches across the
    /// period it contains, but no match spans a break the phrase does not have.
    func occurrences(of phrase: AnswerText) -> [Int] {
        let p = phrase.tokens
        guard !p.isEmpty, p.count <= tokens.count else { return [] }
        var out: [Int] = []
        for start in 0...(tokens.count - p.count) {
            var ok = true
            for k in 0..<p.count
            where !AnswerText.tokensEqual(tokens[start + k].kind, p[k].kind)
                || tokens[start + k].clause - tokens[start].clause != p[k].clause - p[0].clause {
                ok = false
                break
            }
            if ok { out.append(start) }
        }
        return out
    }

    /// Whether the token at `index` is negated: a negator up to three tokens before it
    /// in the same clause ("not red", "no, it is not red", "isn't red").
    func isNegated(at index: Int) -> Bool {
        let clause = tokens[index].clause
        var k = index - 1
        var seen = 0
        while k >= 0, seen < 3, tokens[k].clause == clause {
            if case .word(let w) = tokens[k].kind, AnswerText.negators.contains(w) { return true }
            k -= 1
            seen += 1
        }
        return false
    }

    /// Occurrences of `phrase`, split into affirmed and negated ones.
    func mentions(of phrase: AnswerText) -> (affirmed: [Int], negated: [Int]) {
        var affirmed: [Int] = []
        var negated: [Int] = []
        for start in occurrences(of: phrase) {
            if isNegated(at: start) { negated.append(start) } else { affirmed.append(start) }
        }
        return (affirmed, negated)
    }

    /// Every number that is not negated, with its currency if one is attached.
    var affirmedNumbers: [(value: Double, currency: String?)] {
        tokens.indices.compactMap { i in
            switch tokens[i].kind {
            case .number(let v): isNegated(at: i) ? nil : (v, tokens[i].currency)
            case .word(let w): AnswerText.numberWords[w].flatMap { isNegated(at: i) ? nil : ($0, nil) }
            }
        }
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// Tokens joined back into a comparable key.
    var key: String {
        tokens.map { t in
            switch t.kind {
            case .word(let w): AnswerText.numberWords[w].map { AnswerText.format($0) } ?? w
            case .number(let v): AnswerText.format(v)
            }
        }.joined(separator: " ")
    }

    static func format(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}
