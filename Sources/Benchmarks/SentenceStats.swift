/// Sentence-level variety figures over paragraphs of prose (`gauntlet bench text`).
///
/// A sentence ends at `.`, `!` or `?` followed by a space or the end of the paragraph; with
/// `terminatedOnly`, a paragraph's last run without one (a label) is not a sentence. Only
/// sentences of at least `minimumWords` words count. Words are lower-cased runs of letters,
/// digits and apostrophes, so "Great." and "great" are one word.
struct SentenceStats {
    static let minimumWords = 5
    /// The counted sentences, whitespace collapsed, in the order read.
    let sentences: [String]
    /// Each sentence's words, lower-cased.
    let words: [[String]]

    init(paragraphs: [String], terminatedOnly: Bool) {
        var sentences: [String] = []
        var words: [[String]] = []
        for paragraph in paragraphs {
            for sentence in Self.split(paragraph) where !terminatedOnly || sentence.last.map({ ".!?".contains($0) }) == true {
                let tokens = Self.words(sentence)
                guard tokens.count >= Self.minimumWords else { continue }
                sentences.append(sentence)
                words.append(tokens)
            }
        }
        self.sentences = sentences
        self.words = words
    }

    /// Distinct sentences over all sentences (1 when there are none).
    var distinctShare: Double {
        sentences.isEmpty ? 1 : Double(Set(sentences).count) / Double(sentences.count)
    }

    /// The share of sentences that start with one of the `count` commonest three-word openings.
    func topOpeningShare(_ count: Int) -> Double {
        guard !words.isEmpty else { return 0 }
        var tally: [String: Int] = [:]
        for tokens in words { tally[tokens.prefix(3).joined(separator: " "), default: 0] += 1 }
        // Ties broken by the opening, so the figure never depends on dictionary order.
        let top = tally.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count)
        return Double(top.reduce(0) { $0 + $1.value }) / Double(words.count)
    }

    var vocabularySize: Int {
        Set(words.joined()).count
    }

    static func split(_ paragraph: String) -> [String] {
        let collapsed = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in collapsed {
            if character == " ", ".!?".contains(previous) {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func words(_ sentence: String) -> [String] {
        sentence.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map(String.init)
    }
}
