import Vocabulary

/// Every piece of generated forum text comes from here, so the writing can be replaced in one
/// place (by the world's shared text generator) without touching the forum's structure.
/// Deterministic: the same topic, voice and generator state give the same words.
struct ForumProse {
    /// What a post is about: a shop product, or one of the forum's everyday subjects.
    struct Topic {
        var subject: String
        var brand: String?
        var category: String?
        var price: String?
    }

    /// How one author writes: some are terse, some chatty, some never capitalise.
    struct Voice {
        let sentences: ClosedRange<Int>
        let lowercase: Bool
        let exclaims: Bool
        let signOff: String?

        init(userID: Int) {
            var rng = SeededGenerator(seed: UInt64(userID), stream: "forum.voice")
            sentences = rng.pick([1...2, 2...3, 2...4, 3...5]) ?? 2...3
            lowercase = rng.chance(0.12)
            exclaims = rng.chance(0.2)
            signOff = rng.chance(0.08) ? rng.pick(["Cheers.", "Thanks all.", "Just my two cents.", "Hope that helps."]) : nil
        }
    }

    func title(_ topic: Topic, link: Bool, rng: inout SeededGenerator) -> String {
        let pattern = rng.pick(link ? Self.linkTitles : topic.brand == nil ? Self.generalTitles : Self.productTitles) ?? "{subject}"
        return fill(pattern, topic, rng: &rng)
    }

    func body(_ topic: Topic, voice: Voice, rng: inout SeededGenerator) -> String {
        let bank = topic.brand == nil ? Self.generalSentences : Self.productSentences
        return paragraph(bank, topic, voice: voice, rng: &rng, extra: 1)
    }

    func comment(_ topic: Topic, voice: Voice, rng: inout SeededGenerator) -> String {
        let bank = topic.brand == nil ? Self.generalReplies : Self.productReplies
        return paragraph(bank, topic, voice: voice, rng: &rng, extra: 0)
    }

    func reply(_ topic: Topic, to author: String, voice: Voice, rng: inout SeededGenerator) -> String {
        let opener = fill(rng.pick(Self.replyOpeners) ?? "", topic, rng: &rng).replacingOccurrences(of: "{author}", with: author)
        return styled(opener + " " + comment(topic, voice: voice, rng: &rng), voice: voice)
    }

    private func paragraph(_ bank: [String], _ topic: Topic, voice: Voice, rng: inout SeededGenerator, extra: Int) -> String {
        let count = Int.random(in: voice.sentences, using: &rng) + extra
        var used: [Int] = []
        var sentences: [String] = []
        for _ in 0..<count {
            var index = rng.index(below: bank.count)
            while used.contains(index) && used.count < bank.count { index = (index + 1) % bank.count }
            used.append(index)
            sentences.append(fill(bank[index], topic, rng: &rng))
        }
        if let signOff = voice.signOff { sentences.append(signOff) }
        return styled(sentences.joined(separator: " "), voice: voice)
    }

    private func styled(_ text: String, voice: Voice) -> String {
        var text = text
        if voice.exclaims, text.hasSuffix(".") { text = String(text.dropLast()) + "!" }
        return voice.lowercase ? text.lowercased() : text
    }

    private func fill(_ pattern: String, _ topic: Topic, rng: inout SeededGenerator) -> String {
        var text = pattern
            .replacingOccurrences(of: "{subject}", with: topic.subject)
            .replacingOccurrences(of: "{brand}", with: topic.brand ?? "the big brands")
            .replacingOccurrences(of: "{category}", with: (topic.category ?? "gear").lowercased())
            .replacingOccurrences(of: "{price}", with: topic.price ?? "the asking price")
        for (slot, words) in Self.slots where text.contains(slot) {
            text = text.replacingOccurrences(of: slot, with: rng.pick(words) ?? "")
        }
        return text
    }

    static let slots: [(String, [String])] = [
        ("{time}", ["three weeks", "a month", "two months", "half a year", "about a year", "ten days", "a whole season"]),
        ("{place}", ["the kitchen", "the garage", "my small flat", "the office", "the cabin", "my commute", "the back garden", "a rainy trip"]),
        ("{feeling}", ["pleasantly surprised", "a bit let down", "mostly happy", "honestly impressed", "on the fence", "quietly annoyed"]),
        ("{aspect}", ["the stitching", "the weight", "the finish", "battery life", "the sizing", "the packaging", "the hinges", "how it cleans up", "the instructions"]),
        ("{person}", ["my partner", "my brother", "a coworker", "my neighbour", "my mum", "a friend from work", "my teenager"]),
    ]

    static let productTitles = [
        "Thoughts on the {subject}?", "{subject}: {time} in, here's my take", "Is the {subject} worth {price}?",
        "Anyone else having trouble with {aspect} on the {subject}?", "Just picked up the {subject}", "{brand} quality lately: the {subject}",
        "Long-term review: {subject}", "{subject} vs. the other {category} at Larkspur", "Returned my {subject}. Ask me anything",
        "PSA: check {aspect} before you buy the {subject}", "Best {category} under {price}? Looking at the {subject}",
        "Finally replaced my old {category} with the {subject}", "Why does nobody talk about the {subject}?",
    ]
    static let linkTitles = [
        "{subject} is listed at {price} right now", "Found the {subject} on Larkspur Market", "Spec sheet for the {subject}",
        "{brand} just restocked the {subject}", "Photo thread: my {subject} after {time}", "Interesting write-up on {subject}",
    ]
    static let generalTitles = [
        "What's your take on {subject}?", "Beginner question about {subject}", "{subject}: what I learned in {time}",
        "Weekly thread: {subject}", "Unpopular opinion about {subject}", "Need advice on {subject} for {place}",
        "How do you fit {subject} into a busy week?", "{subject} tips that actually worked for me", "Show us your {subject} setup",
        "Is {subject} worth the effort?",
    ]
    static let productSentences = [
        "I've had the {subject} for {time} now and I'm {feeling}.", "For {price} I expected more attention to {aspect}.",
        "It lives in {place} and gets used almost every day.", "{person} borrowed it once and ordered one the same night.",
        "Compared with other {category} I've owned, {aspect} is the standout.", "{brand} has been hit and miss for me, but this one is a keeper.",
        "The only real complaint is {aspect}, which took some getting used to.", "Shipping was quick and it arrived well packed.",
        "If you can catch it on sale it's an easy recommendation.", "I went back and forth between this and a cheaper {category} for weeks.",
        "After {time} there's barely any wear, which says a lot.", "Curious whether anyone has found a fix for {aspect}.",
        "It does exactly what the listing says and nothing more.", "I'd buy it again, though maybe in a different colour.",
    ]
    static let generalSentences = [
        "I've been getting into {subject} for about {time}.", "Most advice online assumes you have far more space than {place}.",
        "{person} got me started and now I'm hooked.", "What surprised me most was how little gear you actually need.",
        "I keep a notebook of what works and what doesn't.", "Some weeks I manage it daily, other weeks not at all.",
        "Happy to hear what's worked for the rest of you.", "The hardest part was simply starting.",
        "I wasted money early on, so learn from my mistakes.", "It's become the calmest part of my week.",
        "I'm {feeling} with how it's going so far.", "Would love a recommendation for a good beginner resource.",
    ]
    static let productReplies = [
        "Same experience here with {aspect}.", "Mine has lasted {time} without a problem.", "At {price} that seems fair to me.",
        "I returned mine, {aspect} just wasn't right.", "{brand} support sorted my issue in a couple of days.",
        "Did you get the newer version? They changed {aspect}.", "Honestly the best {category} I've owned.",
        "I'd wait for a sale, it drops in price every few months.", "{person} has one and swears by it.",
        "Good write-up, this is the kind of detail that helps.", "Mine came with a scuff but it works fine.",
        "Check the sizing chart first, it runs a little off.", "Totally agree, it punches above its price.",
    ]
    static let generalReplies = [
        "This is really helpful, thanks for posting.", "I had the same problem when I started.", "Try doing it in {place}, it made a difference for me.",
        "{person} recommended the same thing.", "Give it {time} and it gets much easier.", "I disagree a little, but I see where you're coming from.",
        "Saving this thread for later.", "Small steps work better than big plans, in my experience.", "What's worked best for you so far?",
        "Honestly, just start and adjust as you go.", "Same here, I'm {feeling} with my progress.",
    ]
    static let replyOpeners = [
        "Good point, {author}.", "@{author} agreed.", "Not sure I agree, {author}.", "{author}, that's what happened to me too.",
        "Thanks {author}.", "Replying to {author}:", "Ha, {author}, same.",
    ]
}

extension ForumProse {
    func bio(interest: String, rng: inout SeededGenerator) -> String {
        let pattern = rng.pick(Self.bios) ?? "{subject}"
        return fill(pattern, Topic(subject: interest), rng: &rng)
    }

    func forumSidebar(title: String, about: String, rng: inout SeededGenerator) -> String {
        let extra = rng.pick(Self.sidebarLines) ?? ""
        return "Welcome to \(title). \(about) \(extra)"
    }

    func message(_ topic: Topic, voice: Voice, rng: inout SeededGenerator) -> (subject: String, body: String) {
        let subject = fill(rng.pick(Self.messageSubjects) ?? "{subject}", topic, rng: &rng)
        return (subject, comment(topic, voice: voice, rng: &rng))
    }

    static let bios = [
        "Mostly here for {subject}.", "Talks about {subject} more than is healthy.", "Lurker turned poster. {subject} fan.",
        "Weekend {subject} enthusiast, weekday desk worker.", "Ask me about {subject}.", "Collecting opinions on {subject} since day one.",
    ]
    static let sidebarLines = [
        "Read the rules before posting and report anything that breaks them.", "New here? Introduce yourself in the weekly thread.",
        "Sort by top to find the most useful posts.", "Be kind: everyone was a beginner once.",
    ]
    static let messageSubjects = [
        "About your post on {subject}", "Question about {subject}", "Re: {subject}", "Quick question", "Thanks for the tip on {subject}",
    ]
}
