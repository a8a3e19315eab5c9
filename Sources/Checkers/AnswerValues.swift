/// The typed values a text asserts, one reader per answer type.
///
/// Each reader is applied alike to the answer, to the gold and to the goal, so that a
/// value is recognised the same way wherever it is written, and values the goal itself
/// states can be told apart from the answer's own.
enum AnswerValues {
    /// Every affirmed number.
    static func numbers(_ text: String) -> [Double] {
        AnswerText(text).affirmedNumbers.map(\.value)
    }

    /// Affirmed amounts with their currency; amounts marked as money (`$5`, `5 EUR`) are
    /// preferred over bare numbers, so "$12.50 for 2 items" is about 12.50.
    static func amounts(_ text: String) -> [(value: Double, currency: String?)] {
        let all = AnswerText(text).affirmedNumbers
        let marked = all.filter { $0.currency != nil }
        return marked.isEmpty ? all : marked
    }

    /// Affirmed numbers that are not amounts of money: "4 boots for $120" counts 4.
    static func counts(_ text: String) -> [Double] {
        AnswerText(text).affirmedNumbers.filter { $0.currency == nil }.map(\.value)
    }

    /// Affirmed numbers once rating scales are removed: "4.2 out of 5", "4.2/5" and
    /// "4.2 stars of 5" each assert one value, 4.2.
    static func ratings(_ text: String) -> [Double] {
        counts(withoutScales(text))
    }

    /// A scale (`/ 5`, `out of 10`, `of 100`) right after a number, dropped.
    static func withoutScales(_ text: String) -> String {
        text.replacing(#/(\d)(\s*stars?)?\s*(?:/|out\s+of|of)\s*(?:5|10|100)(?:\.0+)?(?![\d.,]\d)/#.ignoresCase()) { match in
            String(match.output.1) + String(match.output.2 ?? "")
        }
    }

    /// Phone numbers as their digits: a run of digits and `+ ( ) - .` or spaces holding 7
    /// to 15 digits. A leading `1` of an 11-digit number (the North American country code)
    /// is dropped, so "+1 415 555 0142", "(415) 555-0142" and "415.555.0142" are one number.
    static func phones(_ text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let startsNumber = chars[i].isASCII && chars[i].isNumber
                || ("+(".contains(chars[i]) && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber)
            guard startsNumber, i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) else {
                i += 1
                continue
            }
            var j = i
            var digits = ""
            while j < chars.count, chars[j].isASCII && chars[j].isNumber || "+()-. ".contains(chars[j]) {
                if chars[j].isNumber { digits.append(chars[j]) }
                j += 1
            }
            if (7...15).contains(digits.count), j == chars.count || !chars[j].isLetter {
                out.append(digits.count == 11 && digits.hasPrefix("1") ? String(digits.dropFirst()) : digits)
            }
            i = j
        }
        return out
    }

    /// Order and task status words, each with its spelling variants; the first is canonical.
    static let statusWords: [[String]] = [
        ["pending"], ["processing"], ["shipped"], ["delivered"], ["cancelled", "canceled"], ["refunded"],
        ["returned"], ["completed", "complete"], ["on hold"], ["failed"], ["expired"], ["declined"],
    ]

    /// The affirmed status words in order, each as its canonical form; a gold status
    /// outside the list (`extra`) is read too, so any status a task stores can be asked for.
    static func statuses(_ text: String, extra: [String] = []) -> [String] {
        let answer = AnswerText(text)
        var vocabulary = statusWords
        for e in extra where canonicalStatus(e) == nil { vocabulary.append([AnswerText(e).key]) }
        var found: [(start: Int, status: String)] = []
        for variants in vocabulary {
            for variant in variants {
                for start in answer.mentions(of: AnswerText(variant)).affirmed { found.append((start, variants[0])) }
            }
        }
        return found.sorted { $0.start < $1.start }.map(\.status)
    }

    /// The canonical form of a listed status or one of its variants.
    static func canonicalStatus(_ word: String) -> String? {
        let key = AnswerText(word).key
        return statusWords.first { $0.contains { AnswerText($0).key == key } }?[0]
    }
}
