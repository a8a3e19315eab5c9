/// Rules for product reviews, by star rating and by aspect. Facts: the item's (see
/// `DescriptionGrammar`), plus `myColor` and `mySize` (the option the reviewer bought),
/// `other` (an earlier reviewer's name) and `aspect` (what that reviewer talked about).
enum ReviewGrammar {
    static let rules: [String: [String]] = [
        // Titles.
        "rev.title.5": [
            "[Perfect|Brilliant|Superb|Fantastic] for {$use}", "Best {$kind} I've owned", "Love the {$material}",
            "[Worth|Worth every] penny", "{$brand} [nailed|got] it", "Exactly the {$kind} I needed", "Five stars from a fussy buyer",
            "[Absolutely|Totally|Completely] love this {$kind}", "Bought a second one", "Still [perfect|flawless|great] after {duration}",
        ],
        "rev.title.4": [
            "[Very good|Really good|Solid] {$kind}", "Great for {$use}, one small gripe", "Nearly perfect", "Happy with the {$material}",
            "Good, not quite great", "Would buy again", "[Solid|Good] choice for {$use}", "Does the job well", "{$brand} quality, mostly",
        ],
        "rev.title.3": [
            "It's [okay|fine|alright]", "Mixed feelings about this {$kind}", "Fine for {$use}, not much else", "Average {$kind}",
            "Some good, some bad", "[Does|Gets] the job done", "Expected more from {$brand}", "Three stars, for now",
        ],
        "rev.title.2": [
            "[Disappointed|Let down|Underwhelmed]", "Not great for {$use}", "The {$material} let it down", "Expected more",
            "[Wouldn't|Won't] buy again", "Quality issues with my {$kind}", "Not what {$brand} used to be",
        ],
        "rev.title.1": [
            "[Terrible|Awful|Dreadful]", "Broke after {shortDuration}", "[Waste of money|Money down the drain]", "Returned it",
            "Do not [buy|recommend]", "Worst {$kind} I've owned", "{$brand}, what happened?",
        ],
        // Openings.
        "rev.open.5": [
            "I've been using this {$kind} for {$use} for {duration} and it still feels new.",
            "Bought it for {$use} and it has been {very} {good}.", "This is exactly the {$kind} I was hoping for.",
            "Got this as a gift for {person} and ended up ordering one for myself.",
            "After {duration} of daily use, I [have no complaints|can't fault it|would buy it again tomorrow].",
            "{surprise}, this {$kind} beat every other one I tried.", "Replaced my old {$kind} with this and I'm {feeling}.",
            "Five stars, [easily|no question|without hesitation].", "{person} [borrowed|stole|tried] mine and now wants one.",
            "We use it {when} and it [never lets us down|just works|hasn't missed a beat].",
        ],
        "rev.open.4": [
            "Good {$kind} for the money.", "[Mostly|Largely|Overall] {very} happy with it after {duration}.",
            "It does almost everything I wanted for {$use}.", "{hedge}, this is a {good} {$kind} with one or two quirks.",
            "Solid {$kind}; I use it {when}.", "Bought it for {$use} and it has earned its keep.",
            "[Four|4] stars because nothing is perfect, but this comes close.", "Not flawless, but I reach for it {when}.",
        ],
        "rev.open.3": [
            "It's a {okay} {$kind}, nothing special.", "Some things I like, some I don't.",
            "It works, but I expected a bit more from {$brand}.", "[Middle of the road|Average|Okay], {hedge}.",
            "For {$use} it's {okay}.", "After {duration} I'm still on the fence about this {$kind}.",
            "Three stars: it does what it says, barely.",
        ],
        "rev.open.2": [
            "The {$kind} looked better in the photos.", "I had high hopes for this {$kind} but it fell short.",
            "Quality control seems hit or miss with {$brand}.", "Not impressed after {duration}.",
            "I wanted to like it for {$use}, I really did.", "[Two|2] stars, and I'm being generous.",
        ],
        "rev.open.1": [
            "Stopped working after {shortDuration}.", "Arrived damaged and the replacement was no better.",
            "Honestly one of the worst purchases I've made.", "I can't recommend this {$kind} to anyone.",
            "Returned it within {shortDuration}.", "Used it for {$use} once and gave up.",
        ],
        // Aspects, praised or criticised.
        "rev.material.pos": [
            "The {$material} feels {good} and [hasn't marked|hasn't faded|shows no wear] yet.",
            "The {$material} is [thicker|sturdier|nicer] than I expected.", "You can tell the {$material} is {very} good quality.",
            "{hedge}, the {$material} is the best part.", "I was unsure about {$material}, but it has won me over.",
        ],
        "rev.material.neg": [
            "The {$material} [started wearing|began to look tired|scuffed] after {shortDuration}.",
            "The {$material} is thinner than I expected.", "The {$material} feels {bad} for the price.",
            "Within {shortDuration} the {$material} had [a crack|a mark I couldn't shift|a loose seam].",
        ],
        "rev.fit.pos": [
            "I ordered my usual {$mySize} and it fits [perfectly|just right|like it was made for me].",
            "Sizing is true: the {$mySize} is spot on.", "Went with {$mySize} and the fit is {good}.",
        ],
        "rev.fit.neg": [
            "The {$mySize} runs [small|large], so consider [sizing up|sizing down].", "My usual {$mySize} was [too tight|too loose].",
            "Sizing is off: the {$mySize} fits like a size [up|down].",
        ],
        "rev.color.pos": [
            "The {$myColor} is [richer|nicer|more muted] in person.", "I went with {$myColor} and [love it|don't regret it].",
            "{$myColor} looks {good} [in person|in daylight|with everything].",
        ],
        "rev.color.neg": [
            "The {$myColor} is a little different from the picture.", "My {$myColor} one faded after a few washes.",
            "The {$myColor} looked [duller|brighter] than on screen.",
        ],
        "rev.use.pos": [
            "For {$use} it's {very} {good}.", "It has handled {$use} without any trouble.",
            "I mainly use it for {$use} and {$use2}, and it copes with both.", "Took it on [a trip|holiday|the road] for {$use} and it was {good}.",
        ],
        "rev.use.neg": [
            "For {$use} it just isn't up to it.", "It struggles with {$use}.", "Fine for {$use2}, {bad} for {$use}.",
        ],
        "rev.brand.pos": [
            "{$brand} [hasn't lost it|still makes good stuff|lives up to its name].", "My last {$brand} {$kind} lasted years, and this feels the same.",
            "Nice to see {$brand} still known for {$knownFor}.",
        ],
        "rev.brand.neg": [
            "{$brand} used to be better than this.", "Not the {$brand} quality I remember.", "For a brand known for {$knownFor}, this is {bad}.",
        ],
        "rev.value.pos": [
            "For the price, it's {very} {good}.", "Worth what I paid, {hedge}.", "Cheaper {$kinds} exist, but this one is worth the extra.",
        ],
        "rev.value.neg": [
            "Not worth the price.", "Overpriced for what you get.", "You can do better for the money.",
        ],
        "rev.durability.pos": [
            "{duration} in, it still looks new.", "It has survived {$use} {when} for {duration}.", "Built to last, {hedge}.",
        ],
        "rev.durability.neg": [
            "After {shortDuration} it [started to fall apart|broke|stopped working properly].", "It didn't last {duration}.",
            "Mine needed replacing within {shortDuration}.",
        ],
        // A specification row, confirmed or complained about (values are the item's own).
        "rev.spec.pos": [
            "The {$specName} ({$specValue}) [is as advertised|matches the listing|is spot on].", "The listed {$specName} of {$specValue} is exactly right for me.",
            "Happy with the {$specName}: {$specValue}, as listed.", "{$specValue} of {$specName} turns out to be plenty.",
        ],
        "rev.spec.neg": [
            "The {$specName} is listed as {$specValue}, and that's not enough for {$use}.",
            "A {$specName} of {$specValue} sounded fine, but in practice it isn't.",
        ],
        // Referring to an earlier review.
        "rev.ref.agree": [
            "Like {$other}, I found the {$aspect} {good}.", "{$other} is right about the {$aspect}.",
            "Agree with {$other} on the {$aspect}.", "As {$other} said, the {$aspect} is the highlight.",
            "Same as {$other}: the {$aspect} [impressed me|won me over|is great].",
        ],
        "rev.ref.agreeBad": [
            "Like {$other}, I had trouble with the {$aspect}.", "{$other} is right about the {$aspect}, sadly.",
            "Same problem as {$other} with the {$aspect}.", "As {$other} warned, the {$aspect} lets it down.",
        ],
        "rev.ref.disagree": [
            "Unlike {$other}, I had no problem with the {$aspect}.", "I'd disagree with {$other} about the {$aspect}.",
            "Not sure what {$other} got, but my {$aspect} is fine.",
        ],
        "rev.ref.disagreeBad": [
            "{$other} liked the {$aspect}, but mine [was poor|disappointed|let me down].", "Unlike {$other}, I wasn't impressed by the {$aspect}.",
        ],
        // Closings.
        "rev.close.5": ["[Highly|Would] recommend.", "Already eyeing the next one from {$brand}.", "No regrets at all.", "Buy it, you won't be sorry."],
        "rev.close.4": ["Would recommend with that caveat.", "Still a {good} buy.", "Would buy again.", "Happy enough overall."],
        "rev.close.3": ["Might keep it, might not.", "Fine if it's on sale.", "Wouldn't rush to buy another.", "It'll do for now."],
        "rev.close.2": ["Probably returning it.", "Look elsewhere, {hedge}.", "I'll try a different brand next time."],
        "rev.close.1": ["Avoid.", "Save your money.", "Still waiting on my refund.", "Back it goes."],
    ]
}
