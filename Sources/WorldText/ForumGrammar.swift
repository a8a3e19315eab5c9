/// The forum's rules: submission titles and bodies, comments and replies, for each kind of
/// topic (`ForumTopic`). Facts: `name`, `kind`, `brand`, `material`, `use`, `category`,
/// `founded`, `home`, `knownFor`, `place`, `placeKind`, `placeKnownFor`, `topic`, `parent`.
enum ForumGrammar {
    static let rules: [String: [String]] = [
        // Titles of text posts.
        "title.product": [
            "Anyone tried the {$name}?", "Thoughts on the {$name} after {duration}", "{$brand} {$kind}: worth it?",
            "Is the {$name} any good for {$use}?", "[Long-term|Six-month|Honest|Quick|Mini] review: {$name}",
            "[Finally|Just] [bought|picked up|ordered] the {$name}", "How does the {$name} hold up?",
            "{$material} or something else for a {$kind}?", "Help me choose a {$kind} for {$use}",
            "The {$name} versus the alternatives", "Returning the {$name}?", "[Need|Looking for] a {$kind} that survives {$use}",
            "What do you use for {$use}?", "{$kind} for {$use}: what am I missing?", "Underrated: the {$name}",
        ],
        "title.brand": [
            "What happened to {$brand}?", "{$brand} since {$founded}: still good?", "Anyone else a {$brand} fan?",
            "Is {$brand} worth the money {nowadays}?", "Did you know {$brand} started in {$home}?", "{$brand} quality {nowadays}",
            "Best thing {$brand} makes?", "{$brand} and {$knownFor}: deserved reputation?", "Visited the {$brand} workshop in {$home}",
            "Why is everyone talking about {$brand}?", "{$brand} customer service experiences?",
        ],
        "title.place": [
            "Best time to visit {$place}?", "{$place} this weekend", "Anyone been to {$place} {nowadays}?", "Tips for {$place}?",
            "A day at {$place}", "{$place}: is it worth the trip?", "Parking near {$place}?", "{$place} with kids?",
            "Rainy day at {$place}: still worth it", "Hidden corners of {$place}", "First time at {$place}, what should I see?",
        ],
        "title.everyday": [
            "How do you handle {$topic}?", "Tips for {$topic}?", "{$topic}: what finally worked for me",
            "Small wins with {$topic}", "Am I overthinking {$topic}?", "What's your routine for {$topic}?",
            "Beginner questions about {$topic}", "Unpopular opinion about {$topic}", "{$topic} on a budget",
            "Things nobody tells you about {$topic}", "Weekly thread: {$topic}",
        ],
        // Titles of link posts (the link is the forum's: a product page, a brand's listing, a map).
        "linkTitle.product": [
            "The {$name} is on Larkspur", "Found this {$kind} for {$use}", "{$brand} has a new {$kind}",
            "This {$kind} looks like a good pick for {$use}", "Spotted: the {$name}", "{$brand}'s {$kind} in {$material}",
            "Worth a look if you need a {$kind}", "The {$name}, for anyone who asked last week",
        ],
        "linkTitle.brand": [
            "{$brand}'s full range", "A short history of {$brand} ({$founded}, {$home})", "Everything {$brand} sells right now",
            "{$brand}: the {$home} company known for {$knownFor}",
        ],
        "linkTitle.place": ["Map of {$place}", "Opening times for {$place}", "Photos: {$place}", "Guide to {$place}, a {$placeKind} known for {$placeKnownFor}"],
        "linkTitle.everyday": ["A good read on {$topic}", "Checklist for {$topic}", "Someone finally wrote about {$topic}", "Guide: {$topic}"],

        // Bodies of text posts: an opening, details, a question, a sign-off.
        "body.product": [
            "{productContext} {productDetail} {?productDetail} {productQuestion} {?thanks}",
            "{productQuestion} {productContext} {?productDetail}",
            "{productContext} {productVerdict} {?productDetail} {?productQuestion}",
        ],
        "productContext": [
            "I've had the {$name} for {duration} and use it mostly for {$use}.",
            "[Bought|Ordered|Picked up] the {$name} [last month|a few weeks ago|in the sale|on a whim] for {$use}.",
            "{person} [recommended|lent me] the {$name} and now I'm tempted.",
            "My old {$kind} finally gave up, so I'm looking at the {$name}.",
            "I need a {$kind} for {$use} and the {$name} keeps coming up.",
            "After {duration} of {$use} with a cheap {$kind}, I'm ready to upgrade.",
            "[Context|Background]: I do a lot of {$use}, {when}.",
            "So I caved and [got|ordered] the {$name}.",
            "Every review of the {$name} I've read says something different.",
        ],
        "productDetail": [
            "The {$material} feels {good} so far.", "{$brand} has been around since {$founded}, which gives me some confidence.",
            "It's made in {$material}, which I'm told [ages well|takes a beating|is easy to look after].",
            "{hedge}, the {$kind} looks better in person than in the photos.", "Delivery took {shortDuration}, which was fine.",
            "[Price-wise|Cost-wise] it sits in the middle of what {$brand} sells.", "The reviews on {shop} are mostly positive.",
            "I'd mainly use it {when}.", "{$brand} started out in {$home}, known for {$knownFor}.",
        ],
        "productVerdict": [
            "Verdict so far: {good}, with a couple of quirks.", "{hedge}, it has been {good}.", "It's {okay}, nothing more.",
            "Short version: I'd buy it again.", "Short version: I wouldn't buy it again.", "So far it's been {very} {good}.",
        ],
        "productQuestion": [
            "Has anyone used one for {$use}?", "Does the {$material} hold up after a year?", "Is it worth it over the cheaper options?",
            "What would you pick instead?", "Any reason not to get one?", "How does it compare with other {$brand} gear?",
            "Should I wait for a sale?", "Anyone regret buying one?",
        ],
        "body.brand": [
            "{brandContext} {brandDetail} {?brandDetail} {brandQuestion}",
            "{brandQuestion} {brandContext} {?thanks}",
        ],
        "brandContext": [
            "{$brand} has been going since {$founded} and I've owned a few of their things.",
            "My first {$brand} purchase was years ago and it still works.",
            "{person} swears by {$brand}.", "I keep seeing {$brand} everywhere {nowadays}.",
            "{$brand} started in {$home} back in {$founded}.", "I grew up near {$home}, where {$brand} began.",
        ],
        "brandDetail": [
            "They made their name with {$knownFor}.", "Their stuff used to be {very} {good}.",
            "{hedge}, the newer things feel {okay} compared with the old ones.", "The prices have crept up, though.",
            "Their customer service sorted out a return for me without fuss.", "Everything I have from them is still going.",
        ],
        "brandQuestion": [
            "Is {$brand} still worth it?", "What's the best thing they make?", "Has anyone noticed the quality changing?",
            "Which {$brand} things have lasted for you?", "Anyone know if they still make everything in-house?",
        ],
        "body.place": [
            "{placeContext} {placeDetail} {?placeDetail} {placeQuestion}",
            "{placeQuestion} {placeContext} {?thanks}",
        ],
        "placeContext": [
            "Heading to {$place} [this weekend|next month|on Saturday|for a few days] with {person}.",
            "We went to {$place} [last weekend|yesterday|over the holidays] and loved it.",
            "I've lived near {$place} for years and still find new corners.",
            "{$place} is a {$placeKind} known for {$placeKnownFor}.", "Never been to {$place} before.",
        ],
        "placeDetail": [
            "It gets busy {when}.", "The {$placeKind} is known for {$placeKnownFor}, and it lives up to it.",
            "Parking was {okay}.", "Bring layers, the weather turns fast.", "The café nearby is {good}.",
            "{hedge}, go early before the crowds.",
        ],
        "placeQuestion": [
            "Any tips?", "What should we not miss?", "Is it suitable for kids?", "Where's the best place to eat nearby?",
            "Is it worth the drive?", "How long do you need there?",
        ],
        "body.everyday": [
            "{dayContext} {dayDetail} {?dayDetail} {dayQuestion}",
            "{dayQuestion} {dayContext} {?thanks}",
        ],
        "dayContext": [
            "I've been struggling with {$topic} for {duration}.", "{$topic} has taken over my life lately.",
            "Started thinking seriously about {$topic} after {person} brought it up.",
            "Quick one about {$topic}.", "{$topic} used to stress me out, not any more.",
        ],
        "dayDetail": [
            "What helped most was doing a little {when}.", "{hedge}, the gear matters less than the habit.",
            "I tried a few apps and none of them stuck.", "{person} thinks I'm overdoing it.",
            "Writing things down made a {very} big difference.", "The first week was the hardest.",
        ],
        "dayQuestion": [
            "What works for you?", "How do you stay consistent?", "Any gear worth buying for it?", "Am I doing this wrong?",
            "What would you tell a beginner?",
        ],
        // Link posts carry a short note, or nothing.
        "linkNote": ["Thought this might help someone.", "Posting for the thread from last week.", "Saw this and thought of you lot.", "Not affiliated, just liked it."],

        // Comments on a submission, by topic kind.
        "comment.product": [
            "I've had the {$name} for {duration}. {productVerdict} {?productDetail}",
            "{hedge}, for {$use} it's {good}.", "Had one for {duration}; the {$material} [still looks new|shows wear now|has held up].",
            "Mine died after {duration}, so I'd look elsewhere.", "{productVerdict} {?productDetail}",
            "If it's mostly for {$use}, you'll be {feeling} with it.", "{$brand} replaced mine under warranty, no questions asked.",
            "Skip it. There are better {$kind} options for the money.", "Get it. {productVerdict}",
        ],
        "comment.brand": [
            "{brandDetail} {?brandDetail}", "I've got three {$brand} things and all are still going.",
            "{$brand} lost me when the prices went up.", "{hedge}, {$brand} is still one of the good ones.",
            "The {$home} stuff was always better than the newer lines.",
        ],
        "comment.place": [
            "{placeDetail} {?placeDetail}", "We went {nowadays}; {hedge}, it was {good}.", "Skip the main path and go round the back.",
            "Go on a weekday if you can.", "Loved it. The {$placeKind} really is known for {$placeKnownFor} for a reason.",
        ],
        "comment.everyday": [
            "{dayDetail} {?dayDetail}", "Same boat. {dayDetail}", "What finally worked for me was starting small.",
            "{hedge}, don't buy anything until you've done it for a month.", "{person} got me into it and I haven't looked back.",
        ],
        // Replies to a comment by `parent` (a name).
        "reply": [
            "{agree} {?replyDetail}", "{disagree} {?replyDetail}", "{$parent}, {replyQuestion}", "{agree}", "{replyDetail}",
        ],
        "agree": [
            "{$parent} is right.", "Agree with {$parent}.", "Same experience as {$parent} here.", "This, exactly.",
            "Seconding what {$parent} said.", "{$parent} nailed it.", "Can confirm.", "Yep, same here.",
        ],
        "disagree": [
            "Not my experience, {$parent}.", "I'd push back on that a bit.", "Respectfully, no.", "Mine was the opposite.",
            "Hmm, {$parent}, I'm not sure about that.", "Funny, I found the reverse.",
        ],
        "replyDetail": [
            "Mine has lasted {duration} without a problem.", "It depends a lot on how often you use it.",
            "{hedge}, it's {okay} if you go in with low expectations.", "Took {shortDuration} to get used to it.",
            "{person} had the same thing happen.", "Worth checking the returns policy first.",
        ],
        "replyQuestion": [
            "how long have you had yours?", "did you contact support?", "which version did you get?", "what would you get instead?",
            "was that {nowadays} or a while ago?",
        ],
    ]
}
