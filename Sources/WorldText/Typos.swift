import Vocabulary

/// The slips a quick typist makes: two letters swapped, one dropped or doubled, a missing
/// apostrophe. Applied to grammar text only, never to facts.
enum Typos {
    static func apply(to word: String, rng: inout SeededGenerator) -> String {
        if word.contains("'") { return String(word.filter { $0 != "'" }) }
        var letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy(\.isLetter) else { return word }
        let at = 1 + rng.index(below: letters.count - 2)
        switch rng.index(below: 3) {
        case 0: letters.swapAt(at, at + 1)
        case 1: letters.remove(at: at)
        default: letters.insert(letters[at], at: at)
        }
        return String(letters)
    }
}
