import Vocabulary

/// Turns expanded segments into text: the voice's spelling and typos on grammar words,
/// then one space between words, no space before punctuation, a capital at each sentence
/// start, and "a" or "an" as the next word sounds.
enum Finisher {
    static func finish(_ segments: [Grammar.Segment], voice: Voice, rng: inout SeededGenerator) -> String {
        var text = ""
        for segment in segments {
            text += segment.isFact ? segment.text : restyle(segment.text, voice: voice, rng: &rng)
        }
        return tidy(text)
    }

    /// Respells and mistypes the words of grammar text, keeping everything between them.
    static func restyle(_ text: String, voice: Voice, rng: inout SeededGenerator) -> String {
        guard voice.spelling == .british || voice.typoRate > 0 else { return text }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            var result = word
            if voice.spelling == .british, let british = Spelling.british[word.lowercased()] {
                result = word.first?.isUppercase == true ? british.prefix(1).uppercased() + british.dropFirst() : british
            }
            if voice.typoRate > 0, rng.chance(voice.typoRate) { result = Typos.apply(to: result, rng: &rng) }
            out += result
            word = ""
        }
        for character in text {
            if character.isLetter || character == "'" {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    static func tidy(_ raw: String) -> String {
        var words = raw.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // Punctuation sticks to the word before it.
        var joined: [String] = []
        for word in words {
            if let first = word.first, ",.;:!?)".contains(first), !joined.isEmpty {
                joined[joined.count - 1] += word
            } else {
                joined.append(word)
            }
        }
        words = joined
        for index in words.indices.dropLast() {
            let lower = words[index].lowercased()
            guard lower == "a" || lower == "an" else { continue }
            let article = Self.soundsLikeVowel(words[index + 1]) ? "an" : "a"
            words[index] = words[index].first?.isUppercase == true ? article.prefix(1).uppercased() + article.dropFirst() : article
        }
        var text = words.joined(separator: " ")
        text = text.replacing(",.", with: ".").replacing(",,", with: ",").replacing("..", with: ".").replacing(".!", with: "!")
        // Capitals at the start and after each sentence end.
        var out = ""
        var capitalise = true
        var previous: Character = " "
        for character in text {
            if capitalise, character.isLetter {
                out += character.uppercased()
                capitalise = false
            } else {
                out.append(character)
                if character.isLetter || character.isNumber { capitalise = false }
            }
            if character == " ", ".!?".contains(previous) { capitalise = true }
            previous = character
        }
        return out
    }

    static func soundsLikeVowel(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard let first = lower.first else { return false }
        if first.isNumber { return lower.hasPrefix("8") || lower.hasPrefix("11") || lower.hasPrefix("18") }
        for prefix in ["one", "once", "uni", "use", "usb", "usu", "eu", "ur", "uk"] where lower.hasPrefix(prefix) { return false }
        for prefix in ["hour", "honest", "honour", "honor", "heir"] where lower.hasPrefix(prefix) { return true }
        return "aeiou".contains(first)
    }
}
