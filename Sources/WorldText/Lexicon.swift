/// Rules every grammar shares: time, people, degrees, hedges and small talk. Facts are
/// never named here, so these fit anywhere.
enum Lexicon {
    static let rules: [String: [String]] = [
        "duration": [
            "a couple of weeks", "a few weeks", "a month or so", "about two months", "three months", "six months",
            "most of the summer", "all winter", "nearly a year", "about a year", "since the spring", "since January",
            "a fortnight", "ten days", "since last autumn", "over a year now", "the last few weeks", "two seasons",
        ],
        "shortDuration": ["a week", "a few days", "two weeks", "a weekend", "ten days", "a month", "a couple of weekends"],
        "person": [
            "my partner", "my sister", "my brother", "my dad", "my mom", "a friend", "my neighbor", "a coworker",
            "my teenage son", "my daughter", "my flatmate", "my wife", "my husband", "an old friend", "my uncle", "my gran",
        ],
        "very": ["really", "genuinely", "pretty", "quite", "very", "seriously", "properly", "surprisingly", "remarkably"],
        "very@playful": ["ridiculously", "absurdly", "stupidly", "wildly"],
        "very@blunt": ["really", "very"],
        "hedge": [
            "honestly", "to be fair", "for what it's worth", "in my experience", "as far as I can tell", "if I'm honest",
            "for me at least", "so far", "from what I've seen", "all told",
        ],
        "hedge@measured": ["on balance", "broadly speaking", "in fairness"],
        "hedge@playful": ["not going to lie", "plot twist", "confession time"],
        "good": [
            "great", "excellent", "solid", "lovely", "brilliant", "superb", "impressive", "dependable", "terrific",
            "first-rate", "spot on", "really good", "well made", "a joy",
        ],
        "good@blunt": ["fine", "good", "decent"],
        "good@playful": ["a delight", "chef's kiss", "weirdly wonderful"],
        "okay": ["okay", "fine", "passable", "middling", "alright", "serviceable", "not bad", "so-so", "adequate"],
        "bad": [
            "disappointing", "flimsy", "poor", "a letdown", "not great", "underwhelming", "frustrating", "shoddy",
            "a bit rubbish", "cheaply made", "annoying",
        ],
        "when": [
            "on weekends", "every morning", "most evenings", "on the school run", "at the office", "on long days",
            "after work", "on rainy days", "on trips away", "in the mornings", "at night", "on Sundays", "day in, day out",
        ],
        "thanks": ["Thanks in advance.", "Any advice welcome.", "Cheers.", "Appreciate any pointers.", "Thanks all.", "Grateful for any tips."],
        "thanks@warm": ["Thank you so much, everyone!", "You lot are the best.", "Thanks, friends!"],
        "thanks@blunt": ["Thanks.", "Ta."],
        "feeling": ["glad", "relieved", "pleased", "happy", "chuffed", "grateful"],
        "surprise": ["To my surprise", "Oddly enough", "Funnily enough", "Weirdly", "Much to my surprise", "Unexpectedly"],
        "nowadays": ["these days", "lately", "nowadays", "recently", "this year"],
        "decided": ["decided", "finally decided", "gave in and decided", "made up my mind"],
        "shop": ["Larkspur Market", "the Larkspur site", "the market's site", "Larkspur"],
    ]
}
