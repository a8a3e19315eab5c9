import Tasks

/// Typed comparison of an answer with resolved gold values. No LLM judge and no
/// raw substring tests: see `AnswerText` for what a token is.
enum AnswerMatching {
    struct Outcome {
        var passed: Bool
        var reason: String
    }

    /// What a matcher compares the answer with.
    struct Gold {
        /// The gold values: one, or for `any_of_rows` every tied row's value.
        var values: [String]
        /// The instantiated goal: values it states may be repeated in the answer.
        var goal: String = ""
    }

    /// An answer longer than this many tokens beyond the gold's own is a dump, not an
    /// answer, however few candidate values it holds (see docs/tasks.md).
    static let lengthSlack = 40

    static func evaluate(_ matcher: AnswerMatcher, answer: String, gold: Gold) -> Outcome {
        let text = AnswerText(answer)
        if let limit = maxTokens(matcher, gold.values), text.tokens.count > limit {
            return Outcome(
                passed: false,
                reason: "answer has \(text.tokens.count) tokens; a \(matcher.key) answer has at most \(limit) tokens")
        }
        let values = gold.values
        switch matcher {
        case .exact: return exact(answer, values)
        case .mustInclude: return mustInclude(text, values)
        case .mustExclude: return mustExclude(text, values)
        case .oneOf(let accepted, let options): return oneOf(text, accepted: accepted, options: options)
        case .name: return name(text, values)
        case .number(_, let tolerance):
            return typed(
                AnswerValues.numbers, answer: answer, gold, what: "number", show: AnswerText.format,
                matches: { abs($0 - $1) <= tolerance + 1e-9 }, equal: same)
        case .count:
            return typed(
                AnswerValues.counts, answer: answer, gold, what: "count", show: AnswerText.format, matches: same,
                equal: same)
        case .rating(_, let tolerance):
            return typed(
                AnswerValues.ratings, answer: answer, gold, what: "rating", show: AnswerText.format,
                matches: { abs($0 - $1) <= tolerance + 1e-9 }, equal: same)
        case .currency(_, let tolerance): return currency(answer, gold, tolerance: tolerance)
        case .phone:
            return typed(
                AnswerValues.phones, answer: answer, gold, what: "phone number", show: { $0 }, matches: ==, equal: ==)
        case .status:
            return typed(
                { AnswerValues.statuses($0, extra: values) }, answer: answer, gold, what: "status", show: { $0 },
                matches: ==, equal: ==)
        case .date(_, let order): return date(answer, gold, order: order)
        case .month: return month(answer, gold)
        case .set: return collection(answer, values, ordered: false)
        case .list: return collection(answer, values, ordered: true)
        }
    }

    /// The longest answer a matcher reads: the gold's tokens plus `lengthSlack`. Matchers
    /// that compare the whole answer (`exact`, `set`, `list`) or only forbid phrases
    /// (`must_exclude`) need none.
    static func maxTokens(_ matcher: AnswerMatcher, _ gold: [String]) -> Int? {
        let sizes = gold.map { AnswerText($0).tokens.count }
        switch matcher {
        case .exact, .set, .list, .mustExclude: return nil
        case .mustInclude: return sizes.reduce(0, +) + lengthSlack
        case .oneOf(let accepted, _): return (accepted.map { AnswerText($0).tokens.count }.max() ?? 0) + lengthSlack
        case .number, .count, .rating, .currency, .phone, .status, .name, .date, .month:
            return (sizes.max() ?? 0) + lengthSlack
        }
    }

    private static func quote(_ s: String) -> String { "'\(s)'" }

    /// Two numbers read from text are the same value.
    private static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 }

    /// The answer's tokens equal one gold value's; with tied gold, a list of tied
    /// values ("A and B") passes too.
    static func exact(_ answer: String, _ gold: [String]) -> Outcome {
        let key = AnswerText(answer).key
        if let hit = gold.first(where: { AnswerText($0).key == key }) {
            return Outcome(passed: true, reason: "answer equals \(quote(hit))")
        }
        let keys = gold.map { AnswerText($0).key }
        let named = items(answer)
        if gold.count > 1, !named.isEmpty, named.allSatisfy(keys.contains) {
            return Outcome(passed: true, reason: "answer names tied values \(named.map(quote).joined(separator: ", "))")
        }
        return Outcome(passed: false, reason: "answer is not \(gold.map(quote).joined(separator: " or "))")
    }

    /// Gold occurs as an affirmed phrase; with tied gold, any of the tied names.
    static func name(_ text: AnswerText, _ gold: [String]) -> Outcome {
        let named = gold.filter { !text.mentions(of: AnswerText($0)).affirmed.isEmpty }
        if !named.isEmpty { return Outcome(passed: true, reason: "answer names \(named.map(quote).joined(separator: ", "))") }
        let negated = gold.filter { !text.mentions(of: AnswerText($0)).negated.isEmpty }
        if !negated.isEmpty {
            return Outcome(passed: false, reason: "answer \(negated.map(quote).joined(separator: ", ")) appears only negated")
        }
        return Outcome(passed: false, reason: "answer does not name \(gold.map(quote).joined(separator: " or "))")
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

    /// The answer's distinct values of one type, read by `read`, must all be gold
    /// values, and there must be exactly one unless gold is a tie: several values are a
    /// hedge. Values the goal states ("for $120 or less") are set aside unless the answer
    /// states nothing else, so repeating the question is not a second value.
    static func typed<V>(
        _ read: (String) -> [V], answer: String, _ gold: Gold, what: String, show: (V) -> String,
        matches: (V, V) -> Bool, equal: (V, V) -> Bool
    ) -> Outcome {
        let goldValues = gold.values.flatMap(read)
        guard !goldValues.isEmpty else {
            return Outcome(passed: false, reason: "gold \(gold.values.map(quote).joined(separator: ", ")) is not a \(what)")
        }
        return pick(
            read(answer), goal: read(gold.goal), gold: goldValues, what: what, show: show, matches: matches, equal: equal)
    }

    /// `typed` over values already read; `equal` tells repeated values apart, and
    /// `plural` names them when there are several.
    static func pick<V>(
        _ found: [V], goal: [V], gold: [V], what: String, show: (V) -> String, matches: (V, V) -> Bool,
        equal: (V, V) -> Bool, plural: String? = nil
    ) -> Outcome {
        var values: [V] = []
        for v in found where !values.contains(where: { equal($0, v) }) { values.append(v) }
        let own = values.filter { v in !goal.contains { equal($0, v) } }
        if !own.isEmpty { values = own }
        let shown = values.map(show).joined(separator: ", ")
        let expected = gold.map(show).joined(separator: " or ")
        if values.isEmpty { return Outcome(passed: false, reason: "answer gives no \(what)") }
        let right = values.filter { v in gold.contains { matches(v, $0) } }
        if values.count > 1, gold.count == 1 || right.count < values.count {
            let several = plural.map { "several \($0) (\(shown))" } ?? "several values (\(shown)), not one \(what)"
            return Outcome(passed: false, reason: "answer gives " + several)
        }
        if right.count == values.count {
            return Outcome(passed: true, reason: "\(what) \(shown) matches \(expected)")
        }
        return Outcome(passed: false, reason: "\(what) \(shown) is not \(expected)")
    }

    static func currency(_ answer: String, _ gold: Gold, tolerance: Double) -> Outcome {
        let goldAmounts = gold.values.compactMap { AnswerValues.amounts($0).first }
        guard goldAmounts.count == gold.values.count else {
            return Outcome(passed: false, reason: "gold \(gold.values.map(quote).joined(separator: ", ")) is not an amount")
        }
        let amounts = AnswerValues.amounts(answer)
        if let code = goldAmounts[0].currency, let other = amounts.first(where: { $0.currency != nil && $0.currency != code }) {
            return Outcome(passed: false, reason: "answer is in \(other.currency ?? ""), expected \(code)")
        }
        let tolerance = max(tolerance, 0.005)
        return pick(
            amounts.map(\.value), goal: AnswerValues.amounts(gold.goal).map(\.value), gold: goldAmounts.map(\.value),
            what: "amount", show: AnswerText.format, matches: { abs($0 - $1) <= tolerance + 1e-9 }, equal: same)
    }

    static func date(_ answer: String, _ gold: Gold, order: DateOrder) -> Outcome {
        let expected = gold.values.compactMap(CalendarDate.iso)
        guard expected.count == gold.values.count else {
            return Outcome(passed: false, reason: "gold \(gold.values.map(quote).joined(separator: ", ")) is not an ISO date")
        }
        return pick(
            CalendarMentions.dates(in: answer, order: order), goal: CalendarMentions.dates(in: gold.goal, order: order),
            gold: expected, what: "date", show: \.description, matches: ==, equal: ==, plural: "dates")
    }

    static func month(_ answer: String, _ gold: Gold) -> Outcome {
        let expected = gold.values.compactMap(CalendarMonth.gold)
        guard expected.count == gold.values.count else {
            return Outcome(passed: false, reason: "gold \(gold.values.map(quote).joined(separator: ", ")) is not a month")
        }
        // Years count only when gold has one: "March 2024" answers "March".
        let withYear = expected.contains { $0.year != nil }
        let read = { (s: String) in
            CalendarMentions.months(in: s).map { CalendarMonth(month: $0.month, year: withYear ? $0.year : nil) }
        }
        return pick(
            read(answer), goal: read(gold.goal), gold: expected, what: "month", show: \.description, matches: ==,
            equal: ==, plural: "months")
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
