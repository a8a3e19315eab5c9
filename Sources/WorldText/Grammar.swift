import Vocabulary

/// A compositional grammar: named rules, each a list of productions, expanded with a seeded
/// generator in one author's voice.
///
/// Production syntax:
/// - `{rule}` expands another rule; a voice's tone adds the productions of `rule@tone`.
/// - `{?rule}` expands it half the time, else nothing.
/// - `{$fact}` inserts a fact verbatim, `{$fact.lc}` lower-cased. Facts are never respelled or
///   given typos, so what the text says equals the structured data it came from. A production
///   naming a fact that is not bound is never chosen.
/// - `[a|b|c]` chooses one alternative; alternatives nest.
///
/// Rules are looked up by name and productions chosen by index, so the text depends only on
/// the seed, never on dictionary order.
public struct Grammar: Sendable {
    private var rules: [String: [Production]] = [:]

    public init(_ rules: [String: [String]] = [:]) {
        add(rules)
    }

    /// Adds productions; rules already present get the new ones appended.
    public mutating func add(_ more: [String: [String]]) {
        for (name, productions) in more {
            rules[name, default: []].append(contentsOf: productions.map(Production.init))
        }
    }

    /// The grammar with another's rules added (productions appended to rules of the same name).
    public func merging(_ other: Grammar) -> Grammar {
        var result = self
        for (name, productions) in other.rules { result.rules[name, default: []].append(contentsOf: productions) }
        return result
    }

    public func has(_ rule: String) -> Bool { rules[rule] != nil }

    /// Expands `rule` into finished text (sentence capitals, spacing, "a"/"an", the voice's
    /// spelling and typos); empty when nothing applies.
    public func expand(_ rule: String, facts: Facts = Facts(), voice: Voice = .plain, rng: inout SeededGenerator) -> String {
        var segments: [Segment] = []
        guard expandRule(rule, facts: facts, voice: voice, depth: 0, into: &segments, rng: &rng) else { return "" }
        return Finisher.finish(segments, voice: voice, rng: &rng)
    }

    /// Expands a production written inline, as `expand` does a rule.
    public func render(_ production: String, facts: Facts = Facts(), voice: Voice = .plain, rng: inout SeededGenerator) -> String {
        var segments: [Segment] = []
        guard expandTokens(Production(production).tokens, facts: facts, voice: voice, depth: 0, into: &segments, rng: &rng) else { return "" }
        return Finisher.finish(segments, voice: voice, rng: &rng)
    }

    private func productions(_ rule: String, voice: Voice) -> [Production] {
        (rules[rule] ?? []) + (rules[rule + "@" + voice.tone.rawValue] ?? [])
    }

    private func expandRule(_ rule: String, facts: Facts, voice: Voice, depth: Int, into segments: inout [Segment], rng: inout SeededGenerator) -> Bool {
        precondition(depth < 40, "grammar rule \(rule) recurses without end")
        var candidates = productions(rule, voice: voice).filter { $0.facts.allSatisfy(facts.has) }
        // A production that fails deeper down is dropped and another tried.
        while !candidates.isEmpty {
            let index = rng.index(below: candidates.count)
            var attempt: [Segment] = []
            if expandTokens(candidates[index].tokens, facts: facts, voice: voice, depth: depth + 1, into: &attempt, rng: &rng) {
                segments.append(contentsOf: attempt)
                return true
            }
            candidates.remove(at: index)
        }
        return false
    }

    private func expandTokens(_ tokens: [Token], facts: Facts, voice: Voice, depth: Int, into segments: inout [Segment], rng: inout SeededGenerator) -> Bool {
        for token in tokens {
            switch token {
            case .text(let text):
                segments.append(Segment(text: text, isFact: false))
            case .fact(let name, let lowercased):
                guard let value = facts[name] else { return false }
                segments.append(Segment(text: lowercased ? value.lowercased() : value, isFact: true))
            case .rule(let name, let optional):
                if optional, !rng.chance(0.5) { continue }
                var inner: [Segment] = []
                if expandRule(name, facts: facts, voice: voice, depth: depth, into: &inner, rng: &rng) {
                    segments.append(contentsOf: inner)
                } else if !optional {
                    return false
                }
            case .choice(let alternatives):
                var remaining = alternatives.filter { $0.allSatisfy { token in token.factsNeeded.allSatisfy(facts.has) } }
                var chosen = false
                while !remaining.isEmpty, !chosen {
                    let index = rng.index(below: remaining.count)
                    var inner: [Segment] = []
                    if expandTokens(remaining[index], facts: facts, voice: voice, depth: depth + 1, into: &inner, rng: &rng) {
                        segments.append(contentsOf: inner)
                        chosen = true
                    } else {
                        remaining.remove(at: index)
                    }
                }
                if !chosen { return false }
            }
        }
        return true
    }

    struct Segment {
        var text: String
        var isFact: Bool
    }

    indirect enum Token: Sendable {
        case text(String)
        case fact(String, lowercased: Bool)
        case rule(String, optional: Bool)
        case choice([[Token]])

        /// Facts this token needs directly (rules are checked when they expand).
        var factsNeeded: [String] {
            switch self {
            case .fact(let name, _): [name]
            case .text, .rule, .choice: []
            }
        }
    }

    struct Production: Sendable {
        let tokens: [Token]
        /// Facts named outside any choice: the production needs all of them.
        let facts: [String]

        init(_ source: String) {
            var parser = ProductionParser(Array(source))
            tokens = parser.parse(until: nil)
            facts = tokens.flatMap(\.factsNeeded)
        }
    }
}
