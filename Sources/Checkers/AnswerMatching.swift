import Tasks

/// Typed comparison of an answer with resolved gold values. No LLM judge and no
/// raw substring tests: see `AnswerText` for what a token is.
enum AnswerMatching {
    struct Outcome {
        var passed: Bool
        var reason: String
    }

    static func evaluate(_ matcher: AnswerMatcher, answer: String, gold: [String]) -> Outcome {
        let text = AnswerText(answer)
        switch matcher {
        case .exact: return exact(text, gold[0])
        case .mustInclude: return mustInclude(text, gold)
        case .mustExclude: return mustExclude(text, gold)
        case .oneOf(let accepted, let options): return oneOf(text, accepted: accepted, options: options)
        case .number(_, let tolerance): return number(text, gold[0], tolerance: tolerance)
        case .currency(_, let tolerance): return currency(text, gold[0], tolerance: tolerance)
        case .date(_, let order): return date(answer, gold[0], order: order)
        case .month: return month(answer, gold[0])
        case .set: return collection(answer, gold, ordered: false)
        case .list: return collection(answer, gold, ordered: true)
        }
    }

    private static func quote(_ s: String) -> String { "'\(s)'" }

    static func exact(_ text: AnswerText, _ gold: String) -> Outcome {
        let g = AnswerText(gold)
        if text.key == g.key { return Outcome(passed: true, reason: "answer equals \(quote(gold))") }
        return Outcome(passed: false, reason: "answer is not \(quote(gold))")
    }

    static func mustInclude(_ text: AnswerText, _ gold: [String]) -> Outcome {
        var missing: [String] = []
        var negated: [String] = []
        for phrase in gold {
            let m = text.mentions(of: AnswerText(phrase))
            if m.affirmed.isEmpty {
                if m.negated.isEmpty { missing.append(phrase) } else { negated.append(phrase) }
            }
        }
        if missing.isEmpty && negated.isEmpty {
            return Outcome(passed: true, reason: "answer includes \(gold.map(quote).joined(separator: ", "))")
        }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.map(quote).joined(separator: ", "))") }
        if !negated.isEmpty { parts.append("\(negated.map(quote).joined(separator: ", ")) appears only negated") }
        return Outcome(passed: false, reason: "answer " + parts.joined(separator: "; "))
    }

    /// Negated mentions ("red, not blue") do not count against an excluded phrase.
    static func mustExclude(_ text: AnswerText, _ gold: [String]) -> Outcome {
        let present = gold.filter { !text.mentions(of: AnswerText($0)).affirmed.isEmpty }
        if present.isEmpty {
            return Outcome(passed: true, reason: "answer avoids \(gold.map(quote).joined(separator: ", "))")
        }
        return Outcome(passed: false, reason: "answer includes excluded \(present.map(quote).joined(separator: ", "))")
    }

    static func oneOf(_ text: AnswerText, accepted: [String], options: [String]) -> Outcome {
        let candidates = options.isEmpty ? accepted : options
        // Affirmed mentions; a mention inside a longer mentioned option ("red" in
        // "dark red") belongs to the longer one.
        var spans: [(option: String, range: Range<Int>)] = []
        for option in candidates {
            let phrase = AnswerText(option)
            for start in text.mentions(of: phrase).affirmed {
                spans.append((option, start..<(start + phrase.tokens.count)))
            }
        }
        let kept = spans.filter { s in
            !spans.contains { o in o.range != s.range && o.range.contains(s.range.lowerBound) && o.range.upperBound >= s.range.upperBound && o.range.count > s.range.count }
        }
        var named: [String] = []
        for s in kept where !named.contains(s.option) { named.append(s.option) }
        let right = named.filter { accepted.contains($0) }
        let wrong = named.filter { !accepted.contains($0) }
        if right.isEmpty {
            return Outcome(passed: false, reason: "answer names none of \(accepted.map(quote).joined(separator: ", "))")
        }
        if !wrong.isEmpty {
            return Outcome(passed: false, reason: "answer also names \(wrong.map(quote).joined(separator: ", "))")
        }
        if options.isEmpty, accepted.count > 1, right.count == accepted.count {
            return Outcome(passed: false, reason: "answer lists every option instead of choosing one")
        }
        return Outcome(passed: true, reason: "answer names \(right.map(quote).joined(separator: ", "))")
    }

    static func number(_ text: AnswerText, _ gold: String, tolerance: Double) -> Outcome {
        guard let expected = AnswerText(gold).affirmedNumbers.first?.value else {
            return Outcome(passed: false, reason: "gold \(quote(gold)) is not a number")
        }
        return single(
            text.affirmedNumbers.map(\.value), expected: expected, tolerance: tolerance, what: "number")
    }

    static func currency(_ text: AnswerText, _ gold: String, tolerance: Double) -> Outcome {
        guard let g = AnswerText(gold).affirmedNumbers.first else {
            return Outcome(passed: false, reason: "gold \(quote(gold)) is not an amount")
        }
        let all = text.affirmedNumbers
        // Prefer amounts marked as money; "$12.50 for 2 items" is about 12.50.
        let marked = all.filter { $0.currency != nil }
        let amounts = marked.isEmpty ? all : marked
        if let code = g.currency, let other = amounts.first(where: { $0.currency != nil && $0.currency != code }) {
            return Outcome(passed: false, reason: "answer is in \(other.currency ?? ""), expected \(code)")
        }
        return single(amounts.map(\.value), expected: g.value, tolerance: max(tolerance, 0.005), what: "amount")
    }

    /// Exactly one distinct value, within tolerance of gold: several values are a hedge.
    private static func single(_ values: [Double], expected: Double, tolerance: Double, what: String) -> Outcome {
        var distinct: [Double] = []
        for v in values where !distinct.contains(where: { abs($0 - v) <= 1e-9 }) { distinct.append(v) }
        let shown = distinct.map(AnswerText.format).joined(separator: ", ")
        if distinct.isEmpty { return Outcome(passed: false, reason: "answer gives no \(what)") }
        if distinct.count > 1 { return Outcome(passed: false, reason: "answer gives several values (\(shown)), not one \(what)") }
        if abs(distinct[0] - expected) <= tolerance + 1e-9 {
            return Outcome(passed: true, reason: "\(what) \(shown) matches \(AnswerText.format(expected))")
        }
        return Outcome(passed: false, reason: "\(what) \(shown) is not \(AnswerText.format(expected))")
    }

    static func date(_ answer: String, _ gold: String, order: DateOrder) -> Outcome {
        guard let expected = CalendarDate.iso(gold) else {
            return Outcome(passed: false, reason: "gold \(quote(gold)) is not an ISO date")
        }
        var found: [CalendarDate] = []
        for d in CalendarMentions.dates(in: answer, order: order) where !found.contains(d) { found.append(d) }
        if found.isEmpty { return Outcome(passed: false, reason: "answer gives no date") }
        if found.count > 1 {
            return Outcome(passed: false, reason: "answer gives several dates (\(found.map(\.description).joined(separator: ", ")))")
        }
        return found[0] == expected
            ? Outcome(passed: true, reason: "date \(found[0]) matches")
            : Outcome(passed: false, reason: "date \(found[0]) is not \(expected)")
    }

    static func month(_ answer: String, _ gold: String) -> Outcome {
        guard let expected = CalendarMonth.gold(gold) else {
            return Outcome(passed: false, reason: "gold \(quote(gold)) is not a month")
        }
        var found: [CalendarMonth] = []
        for m in CalendarMentions.months(in: answer) {
            let key = CalendarMonth(month: m.month, year: expected.year == nil ? nil : m.year)
            if !found.contains(key) { found.append(key) }
        }
        if found.isEmpty { return Outcome(passed: false, reason: "answer gives no month") }
        if found.count > 1 {
            return Outcome(passed: false, reason: "answer gives several months (\(found.map(\.description).joined(separator: ", ")))")
        }
        return found[0] == expected
            ? Outcome(passed: true, reason: "month \(found[0]) matches")
            : Outcome(passed: false, reason: "month \(found[0]) is not \(expected)")
    }

    /// Items separated by commas, semicolons, line breaks, "and", "&" or "or"; both sides
    /// are split the same way so an item containing "and" still compares equal.
    static func items(_ text: String) -> [String] {
        var body = text[...]
        // "The brands are: A, B" → the part after the last colon is the list.
        if let colon = body.lastIndex(of: ":") { body = body[body.index(after: colon)...] }
        var pieces: [String] = []
        var current = ""
        func flush() {
            let key = AnswerText(stripBullet(current)).key
            if !key.isEmpty { pieces.append(key) }
            current = ""
        }
        for c in body {
            if ",;\n\r&•".contains(c) { flush() } else { current.append(c) }
        }
        flush()
        // Split on the conjunctions as whole words, and drop list bullets such as "1.".
        var out: [String] = []
        for piece in pieces {
            var part: [String] = []
            for word in piece.split(separator: " ").map(String.init) {
                if word == "and" || word == "or" {
                    if !part.isEmpty { out.append(part.joined(separator: " ")) }
                    part = []
                } else {
                    part.append(word)
                }
            }
            if !part.isEmpty { out.append(part.joined(separator: " ")) }
        }
        return out
    }

    /// "1. Bosch" or "2) Makita" → the item without its number.
    private static func stripBullet(_ s: String) -> String {
        let t = s.trimming(" \t")
        var digits = 0
        var idx = t.startIndex
        while idx < t.endIndex, t[idx].isASCII, t[idx].isNumber {
            digits += 1
            idx = t.index(after: idx)
        }
        guard digits > 0, idx < t.endIndex, t[idx] == "." || t[idx] == ")" else { return t }
        let next = t.index(after: idx)
        guard next < t.endIndex, t[next] == " " else { return t }
        return String(t[next...])
    }

    static func collection(_ answer: String, _ gold: [String], ordered: Bool) -> Outcome {
        let got = items(answer)
        let want = gold.flatMap(items)
        if ordered {
            if got == want { return Outcome(passed: true, reason: "list matches in order") }
            let sameItems = got.sorted() == want.sorted()
            return Outcome(
                passed: false,
                reason: sameItems ? "items right but order is [\(got.joined(separator: ", "))], expected [\(want.joined(separator: ", "))]"
                    : "list is [\(got.joined(separator: ", "))], expected [\(want.joined(separator: ", "))]")
        }
        var remaining = got
        var missing: [String] = []
        for w in want {
            if let i = remaining.firstIndex(of: w) { remaining.remove(at: i) } else { missing.append(w) }
        }
        if missing.isEmpty && remaining.isEmpty { return Outcome(passed: true, reason: "set matches") }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.map(quote).joined(separator: ", "))") }
        if !remaining.isEmpty { parts.append("unexpected \(remaining.map(quote).joined(separator: ", "))") }
        return Outcome(passed: false, reason: "set " + parts.joined(separator: "; "))
    }
}
