/// The forum's rules: submission titles and bodies, comments and replies, for each kind of
/// topic (`ForumTopic`). Facts: the item's (see `DescriptionGrammar`, plus `price`, `myColor` and
/// `mySize`), `founded`, `home`, `knownFor`, `town` (where the writer lives or went), `place`, `placeKind`, `placeKnownFor`, `topic`, `parent` (the name of the
/// comment replied to). Product comments and replies also use `ReviewGrammar`'s aspect rules
/// (`rev.material.pos` and the rest), so the forum judges a product by the same concrete
/// properties its reviews do.
///
/// Every sentence of five words or more has at least two independent slots, and the rules that
/// start sentences begin with many different words: a thread of two hundred comments must not
/// repeat itself, and no handful of openings may start most of its sentences.
enum ForumGrammar {
    static let rules: [String: [String]] = [
        // Shared forum words (the shop's `Lexicon` rules are left as they are).
                "ago": [
            "last week", "last month", "in March", "back in the spring", "two summers ago", "over Christmas", "in January",
            "at the start of the year", "around Easter", "last autumn", "in the summer sales", "a couple of years back",
            "just before the holidays", "in October", "on a Black Friday deal", "when we moved", "after my birthday",
        ],
        "sinceWhen": [
            "last week", "last month", "March", "the spring", "Christmas", "January", "the start of the year", "Easter",
            "last autumn", "the summer sales", "the holidays", "we moved", "my birthday", "October", "the new year",
        ],
        "often": [
            "every day", "three times a week", "most weekends", "twice a month", "almost daily", "a few times a week",
            "every other day", "on and off", "pretty much constantly", "once a week or so",
        ],
        "minutes": ["ten minutes", "twenty minutes", "half an hour", "forty minutes", "an hour", "an hour and a half", "most of an afternoon"],
        "someone": ["my partner", "my sister", "a neighbour of mine", "my brother-in-law", "a colleague", "my flatmate", "my dad", "a friend from work", "my mum", "our eldest", "my running club", "the kids"],
        "lol": ["ha", "lol", "haha", "heh"],
        "small": ["tiny", "small", "minor", "little"],
        "really": ["really", "genuinely", "honestly", "properly", "seriously", "actually"],
        "thing": [
            "a cheap notebook", "a kitchen timer", "a whiteboard on the fridge", "a spreadsheet", "an old shoebox",
            "a wall calendar", "sticky notes", "a secondhand book", "a free app", "a label maker", "a basket by the door",
            "a paper checklist", "a podcast", "a group chat", "a library card", "a weekly alarm",
        ],
        "habit": [
            "doing a little every day", "writing everything down", "setting a budget first", "starting small",
            "asking around before buying anything", "keeping it boring", "batching it on Sundays", "going at it with a friend",
            "not buying gear until month two", "tracking it for a while", "giving it a fixed slot in the week", "lowering my standards",
        ],
        "mistake": [
            "buying too much at the start", "trying to do everything at once", "copying what influencers do",
            "skipping the boring basics", "going cheap on the one thing that mattered", "ignoring the weather",
            "doing it alone", "overplanning", "not reading the instructions", "giving up after one bad week",
        ],

        // Titles of text posts.
        "title.product": [
            "Anyone tried the {$name}?", "Thoughts on the {$name} after {duration}", "{$brand} {$kind}: worth it?",
            "Is the {$name} any good for {$use}?", "[Long-term|Six-month|Honest|Quick|Mini] review: {$name}",
            "[Finally|Just] [bought|picked up|ordered] the {$name}", "How does the {$name} hold up?",
            "{$material} or something else for a {$kind}?", "Help me choose a {$kind} for {$use}",
            "The {$name} versus the alternatives", "Returning the {$name}?", "[Need|Looking for] a {$kind} that survives {$use}",
            "What do you use for {$use}?", "{$kind} for {$use}: what am I missing?", "Underrated: the {$name}",
            "Paid {$price} for the {$name}, did I overpay?", "{$name} for {$use2} as well as {$use}?",
            "Which color of the {$name}: {$colors}?", "Sizing on the {$name} ({$sizeRange})?", "Is {$price} fair for the {$name}?",
        ],
        "title.brand": [
            "What happened to {$brand}?", "{$brand} since {$founded}: still good?", "Anyone else a {$brand} fan?",
            "Is {$brand} worth the money {nowadays}?", "Did you know {$brand} started in {$home}?", "{$brand} quality {nowadays}",
            "Best thing {$brand} makes?", "{$brand} and {$knownFor}: deserved reputation?", "Visited the {$brand} workshop in {$home}",
            "Why is everyone talking about {$brand}?", "{$brand} customer service experiences?", "{$brand} fans from {$home}?",
        ],
        "title.place": [
            "Best time to visit {$place}?", "{$place} this weekend", "Anyone been to {$place} {nowadays}?", "Tips for {$place}?",
            "A day at {$place}", "{$place}: is it worth the trip?", "Parking near {$place}?", "{$place} with kids?",
            "Rainy day at {$place}: still worth it", "Hidden corners of {$place}", "First time at {$place}, what should I see?",
            "{$place} from {$town}: how long?", "{$place} {ago}: a short report",
        ],
        "title.everyday": [
            "How do you handle {$topic}?", "Tips for {$topic}?", "{$topic}: what finally worked for me",
            "Small wins with {$topic}", "Am I overthinking {$topic}?", "What's your routine for {$topic}?",
            "Beginner questions about {$topic}", "Unpopular opinion about {$topic}", "{$topic} on a budget",
            "Things nobody tells you about {$topic}", "Weekly thread: {$topic}", "{$topic} in {$town}?",
            "{$topic} with {someone}", "Month one of {$topic}",
        ],
        // Titles of link posts (the link is the forum's: a product page, a brand's listing, a map).
        "linkTitle.product": [
            "The {$name} is on Larkspur", "Found this {$kind} for {$use}", "{$brand} has a new {$kind}",
            "This {$kind} looks like a good pick for {$use}", "Spotted: the {$name}", "{$brand}'s {$kind} in {$material}",
            "Worth a look if you need a {$kind}", "The {$name}, for anyone who asked last week", "The {$name} is {$price} right now",
            "{$name} ({$price})", "For the {$use} thread: the {$name}",
        ],
        "linkTitle.brand": [
            "{$brand}'s full range", "A short history of {$brand} ({$founded}, {$home})", "Everything {$brand} sells right now",
            "{$brand}: the {$home} company known for {$knownFor}",
        ],
        "linkTitle.place": ["Map of {$place}", "Opening times for {$place}", "Photos: {$place}", "Guide to {$place}, a {$placeKind} known for {$placeKnownFor}"],
        "linkTitle.everyday": ["A good read on {$topic}", "Checklist for {$topic}", "Someone finally wrote about {$topic}", "Guide: {$topic}"],

        // Bodies of text posts: context, details, a question, a sign-off.
        "body.product": [
            "{productContext} {productDetail} {?productDetail} {productQuestion} {?thanks}",
            "{productQuestion} {productContext} {?productDetail}",
            "{productContext} {productVerdict} {?productDetail} {?productQuestion}",
        ],
        "productContext": [
            "I've had the {$name} for {duration} and use it mostly for {$use}.",
            "[Bought|Ordered|Picked up] the {$name} {ago} for {$use}.",
            "{person} [recommended|lent me] the {$name} and now I'm tempted.",
            "My old {$kind} finally gave up {ago}, so I'm looking at the {$name}.",
            "I need a {$kind} for {$use} and the {$name} keeps coming up.",
            "After {duration} of {$use} with a cheap {$kind}, I'm ready to upgrade.",
            "[Context|Background]: it's mostly for {$use}, {when}, and I live near {$town}.",
            "So I caved and [got|ordered] the {$name} {ago}.",
            "Every review of the {$name} I've read says something different about {$use}.",
            "It's {$price} on {shop} at the moment, which is [a stretch|about my limit|fine] for a {$kind}.",
            "{someone} wants a {$kind} for {$use2}, and I use one for {$use}.",
            "Our last {$kind} lasted {duration} of {$use} before it gave out.",
        ],
        "productDetail": [
            "The {$material} feels {good} so far, {hedge}.", "{$brand} has been around since {$founded}, which gives me some confidence.",
            "It's made in {$material}, which I'm told [ages well|takes a beating|is easy to look after].",
            "{hedge}, the {$kind} looks better in person than in the photos.", "Delivery to {$town} took {shortDuration}, which was fine.",
            "The reviews on {shop} are mostly positive about {$use}.", "I'd mainly use it {when}, {often} at a guess.",
            "{$brand} started out in {$home}, known for {$knownFor}.", "Warranty is {$spec.warranty}, for what that's worth.",
            "The listing says {$spec.weight}, which matters for {$use}.", "Colours on offer are {$colors}.",
            "Sizes go from {$sizeRange}, so I should be covered.", "It comes in {$materialChoices}.",
        ],
        "productVerdict": [
            "Verdict so far: {good}, with a couple of quirks around {$use}.", "{hedge}, it has been {good} for {$use}.",
            "It's {okay} for {$use}, nothing more.", "Short version: I'd buy the {$kind} again {ago} if I had to.",
            "Short version: I wouldn't pay {$price} for it again.", "So far it's been {very} {good} {when}.",
        ],
        "productQuestion": [
            "Has anyone used one for {$use2}?", "Does the {$material} hold up after a year of {$use}?", "Is it worth it over the cheaper {$kinds}?",
            "What would you pick instead for {$use}?", "Any reason not to get one for {$use}?", "How does it compare with other {$brand} gear?",
            "Should I wait for a sale, or is {$price} the going rate?", "Anyone regret buying one {ago}?", "Which size did you all go for?",
        ],
        "body.brand": [
            "{brandContext} {brandDetail} {?brandDetail} {brandQuestion}",
            "{brandQuestion} {brandContext} {?thanks}",
        ],
        "brandContext": [
            "{$brand} has been going since {$founded} and I've owned {count} of their things.",
            "My first {$brand} purchase was {ago} and it still works.",
            "{person} swears by {$brand}, {hedge}.", "I keep seeing {$brand} everywhere in {$town} {nowadays}.",
            "{$brand} started in {$home} back in {$founded}.", "I grew up near {$home}, where {$brand} began.",
        ],
        "brandDetail": [
            "They made their name with {$knownFor}.", "Their stuff used to be {very} {good}, {hedge}.",
            "{hedge}, the newer things feel {okay} compared with the old ones.", "The prices have crept up since {sinceWhen}, though.",
            "Their customer service sorted out a return for {someone} without fuss.", "Everything I have from them is still going after {duration}.",
        ],
        "brandQuestion": [
            "Is {$brand} still worth it for {$knownFor}?", "What's the best thing they make {nowadays}?", "Has anyone noticed the quality changing since {sinceWhen}?",
            "Which {$brand} things have lasted for you?", "Anyone know if they still make everything in {$home}?",
        ],
        "body.place": [
            "{placeContext} {placeDetail} {?placeDetail} {placeQuestion}",
            "{placeQuestion} {placeContext} {?thanks}",
        ],
        "placeContext": [
            "Heading to {$place} [this weekend|next month|on Saturday|for a few days] with {person}.",
            "We went to {$place} {ago} and loved the {$placeKind}.",
            "I've lived near {$place} for years and still find new corners.",
            "{$place} is a {$placeKind} known for {$placeKnownFor}, about {minutes} from {$town}.", "Never been to {$place} before, driving over from {$town}.",
        ],
        "placeDetail": [
            "It gets busy {when}, {hedge}.", "The {$placeKind} is known for {$placeKnownFor}, and it lives up to it.",
            "Parking was {okay} when we went {ago}.", "Bring layers, the weather turns fast round {$place}.", "The café nearby is {good}, {hedge}.",
            "{hedge}, go early before the crowds from {$town}.",
        ],
        "placeQuestion": [
            "Any tips for {$place}?", "What should we not miss at the {$placeKind}?", "Is it suitable for kids?", "Where's the best place to eat near {$place}?",
            "Is it worth the drive from {$town}?", "How long do you need there?",
        ],
        "body.everyday": [
            "{dayContext} {dayDetail} {?dayDetail} {dayQuestion}",
            "{dayQuestion} {dayContext} {?thanks}",
        ],
        "dayContext": [
            "I've been struggling with {$topic} for {duration}.", "{$topic} has taken over my life since {sinceWhen}.",
            "Started thinking seriously about {$topic} after {person} brought it up {ago}.",
            "Quick one about {$topic} from {$town}.", "{$topic} used to stress me out, not since {sinceWhen}.",
            "{someone} and I have been at {$topic} for {duration} now.",
        ],
        "dayDetail": [
            "What helped most was {habit}.", "{hedge}, the gear matters less than {habit}.",
            "I tried {thing} and {count} apps, and only {thing} stuck.", "{person} thinks I'm overdoing {$topic}.",
            "My big mistake was {mistake}.", "The first {shortDuration} [was|were] the hardest.",
        ],
        "dayQuestion": [
            "What works for you with {$topic}?", "How do you stay consistent {when}?", "Any gear worth buying for {$topic}?", "Am I doing {$topic} wrong?",
            "What would you tell a beginner about {$topic}?",
        ],
        "count": ["two", "three", "four", "five", "half a dozen", "a handful", "a couple"],
        // Link posts carry a short note, or nothing.
        "linkNote": [
            "Thought this might help someone {when}.", "Posting it for the thread from {sinceWhen}.", "Saw this and thought of you lot.",
            "Not affiliated, just liked it.", "{someone} sent me this {ago}.",
        ],

        // Product comments: an opening that sets the commenter's stance, review-style aspect
        // sentences (from `ReviewGrammar`) in the same stance, then sometimes advice.
        "pc.open.pos": [
            "I've had the {$name} since {sinceWhen} and use it {often} for {$use}.", "Mine arrived {ago}, and {someone} has borrowed it {count} times since.",
            "Paid {$price} for mine {ago} and don't regret it.", "We bought two {$kinds} {ago}, one for {$use} and one for {$use2}.",
            "{surprise}, the {$kind} turned out to be {very} {good} for {$use2} too.", "Owned one for {duration}; it goes {often} and still looks {good}.",
            "Big fan of this {$kind} for {$use}, {hedge}.", "Ours gets used {often} by {someone}, mostly {when}.",
            "Mine came from {shop} {ago} and has been {good} for {$use} ever since.", "Two words for the {$name} after {duration}: {good} and dependable.",
            "As someone in {$town} who does a lot of {$use}, I rate it for {$use2} too.", "{someone} got me one {ago} and I use it {often}.",
            "Got the {$kind} {ago} after a thread like this one, and no regrets for {$use}.", "Counterpoint to the doubters: mine has done {duration} of {$use}.",
            "Long-time owner here, {duration} of {$use} and counting.", "Yes, get it if {$use} is the main job {when}.",
            "Had mine through {duration} of {$use} {when}.", "Honestly the best {$price} I've spent since {sinceWhen}, {hedge}.",
            "Can vouch for it, {hedge}: {duration} of {$use} without drama.", "Love mine, and {someone} liked it enough to order one {ago}.",
        ],
        "pc.open.neg": [
            "I had the {$name} for {duration} and sent it back.", "Mine went back {ago}, {hedge}.", "Paid {$price} {ago} and I'd want that back.",
            "I wanted to love this {$kind} for {$use}, and after {duration} I didn't.", "We gave up on ours after {duration} of {$use}.",
            "Skip it if {$use} {when} is what you need it for.", "{surprise}, ours let us down {when} within {shortDuration}.",
            "Not a fan, {hedge}, and I used it {often} from {sinceWhen}.", "Returned mine to {shop} {ago} after {shortDuration}.",
            "Counterpoint: mine was {bad} for {$use} from week one.", "Ours lasted {duration} of {$use}, which is not long for a {$kind}.",
            "Bought one for {someone} {ago}; it is already in the cupboard.", "There are better {$kinds} for {$use} at {$price} {nowadays}, {hedge}.",
            "Owned one in {$town} for {duration} and would not buy it again.",
        ],
        "pc.open.mix": [
            "Mixed feelings after {duration} of {$use} with the {$name}.", "Mine is fine {when} and {okay} the rest of the time, {hedge}.",
            "Paid {$price} {ago}; some of it is {good}, some of it {bad}.", "Depends what you want it for: {$use} yes, {$use2} {hedge} maybe.",
            "Ours does {$use} well and {$use2} less so.", "Half happy with mine after {duration}, {hedge}.",
            "It's {okay}, and I say that after using it {often} since {sinceWhen}.", "Good and bad news from {duration} of owning one in {$town}.",
            "Owned one for {duration} in {$town}, so here's the honest version.", "Not the disaster some say, not the dream either, after {duration} {when}.",
        ],
        "pc.advice.pos": [
            "If {$use} is the plan, you'll be {feeling} with it.", "Get it before the price moves from {$price}; {someone} paid more {ago}.",
            "Worth it for {$use}, and {someone} would say the same.", "Buy once, cry once, as {someone} in {$town} likes to say.",
            "I'd get the same {$kind} again {ago} or today.", "Use it {when} with a bit of care and it'll outlast {someone}'s, {hedge}.",
            "For {$use2} it's also {good}, {hedge}.",
        ],
        "pc.advice.neg": [
            "I'd look at other {$kinds} for {$use}, {hedge}.", "Check the returns window before you commit {$price}.",
            "Save your money for a better {$kind} {nowadays}.", "Try one in person in {$town} before ordering.",
            "If you must, wait for a sale rather than pay {$price} like {someone} did {ago}.", "Keep the receipt for {shortDuration} at least, {hedge}.",
        ],
        "pc.advice.mix": [
            "Fine for {$use}, but I'd look around for {$use2}.", "At {$price} it's a maybe, {hedge}.", "Try it {when}, and keep the box for {shortDuration}.",
            "Depends how {often} you'll use it, {hedge}.", "If {$use} matters most, it's {okay}.",
        ],
        // More to say about a product, for or against, beside the review aspects.
        "pc.more.pos": [
            "{$brand} out of {$home} still knows {$knownFor}, judging by mine after {duration}.",
            "Ours sees {$use} {when}, and {someone} has stopped borrowing it since {sinceWhen}.", "It handled {$use2} {ago} better than I expected.",
            "{someone} tried mine {ago} and ordered the same {$kind} a week later.", "Looking after the {$kind} takes {minutes} {often}, which is fine by {someone}.",
            "Nothing has worn through on ours since {sinceWhen}, {hedge}, and it goes out {often}.", "Sits by the door in {$town} and gets grabbed {when} by {someone}.",
            "Still my first pick for {$use}, {duration} on, {hedge}.", "The {$material} on mine has aged {very} well since {sinceWhen}.",
            "It does {$use} and {$use2} without fuss, {when} included.", "For {$price} I expected less, {hedge}.",
            "I've recommended it to {count} people in {$town} since {sinceWhen}.",
            "We moved it to {$use2} duty {ago} and it was {good} there too.", "{count} of us at work have one now, all bought since {sinceWhen}.",
            "The {$kind} is the one thing I wouldn't swap for {$use} {when}, {hedge}.", "After {duration} I'd still pay {$price} for it {nowadays}.",
            "It survived {someone} using it {often} for {duration}.", "It takes {minutes} to set up for {$use}, which I love {when}.",
        ],
        "pc.more.neg": [
            "{$brand} used to be known for {$knownFor}, but not on the evidence of mine after {duration}.",
            "It gave up on {$use2} {ago}, and {someone} had the same problem.", "Looking after the {$kind} took {minutes} {often}, which got old fast {when}.",
            "The {$material} on ours looked tired after {shortDuration} {when}.", "At {$price} I expected it to last beyond {duration}.",
            "It sat in a cupboard in {$town} from {sinceWhen}, {hedge}.", "I'd rather have spent the {$price} on something for {$use2}, {hedge}, after {duration}.",
            "{someone} gave theirs away after {shortDuration}, {hedge}.", "Support took {shortDuration} to reply when ours broke {ago} in {$town}.",
            "It struggled {when}, which is exactly when I needed it for {$use}.",
            "{count} of us bought one {ago} and {someone} already returned theirs.", "Ours broke in {$town} {when}, {duration} after we bought it.",
            "After {duration} I wouldn't pay {$price} for it {nowadays}.", "For {$use2} it was {bad} {when}, {hedge}.",
            "Tried it for {$use} {ago} and regretted it within {shortDuration}.",
        ],
        // Brand, place and everyday comments, by stance.
        "bc.pos": [
            "{$brand} has been {good} to me for {duration}.", "I've got {count} {$brand} things and all are still going after {duration}.",
            "{hedge}, {$brand} is still one of the good ones for {$knownFor}.", "The {$home} makers know {$knownFor}, {hedge}, and {someone} agrees.",
            "My first {$brand} buy was {ago} and it's still {good}.", "{someone} works near {$home} and says they still care about {$knownFor}.",
            "Since {$founded} they've kept to {$knownFor}, and {someone} says it shows {nowadays}.", "Every {$brand} thing in our house gets used {often} by {someone}.",
        ],
        "bc.neg": [
            "{$brand} lost me when the prices went up {ago}.", "The {$home} stuff from {sinceWhen} was better than what they sell {nowadays}, {hedge}.",
            "Had {count} {$brand} things fail within {duration}, {hedge}.", "Known for {$knownFor}, sure, but mine was {bad}.",
            "Customer service left {someone} waiting {shortDuration} for a reply.", "Not what {$brand} was when I bought my first one {ago}.",
        ],
        "bc.mix": [
            "{$brand} is {okay} {nowadays}, {hedge}.", "Some of their range is {good}, some {bad}, in my {duration} of buying it.",
            "Their {$knownFor} is fine, the rest depends on the year.", "Hit and miss since {sinceWhen}, {hedge}.",
        ],
        "lc.pos": [
            "We went {ago} and it was {good}, {hedge}.", "Loved {$place}; the {$placeKind} really is known for {$placeKnownFor} for a reason.",
            "Go on a weekday if you can, it's {very} {good} then.", "Took {someone} {ago} and we stayed {minutes} longer than planned.",
            "From {$town} it's an easy trip, and {$place} rewards it.", "Skip the main path at {$place} and go round the back.",
            "{$placeKnownFor} alone makes {$place} worth it, {hedge}.", "We go {often} and still like it {when}.",
        ],
        "lc.neg": [
            "{$place} was packed when we went {ago}, {hedge}.", "Parking near {$place} was {bad}, and we waited {minutes}.",
            "Overrated {nowadays}, {hedge}, unless you're there {when}.", "{someone} and I drove over from {$town} and left after {minutes}.",
        ],
        "lc.mix": [
            "{$place} is {okay} {when}, busier than it used to be.", "Lovely {$placeKind}, {bad} parking, {hedge}.",
            "Worth {minutes} if you're passing through {$town}.", "The {$placeKind} is {good}, the café less so.",
        ],
        "dc.pos": [
            "What finally worked for me with {$topic}, after {duration}, was {habit}.", "Same boat {ago}; {habit} fixed it within {shortDuration}.",
            "{someone} got me into {$topic} {ago} and I haven't looked back.", "Honestly {thing} did more for {$topic} than any gear.",
            "{hedge}, {habit} is the whole trick with {$topic}.", "After {duration} of {$topic}, the thing I'd keep is {thing}.",
            "We do {$topic} {often} now, mostly {when}.", "Try {thing} for {$topic}; it sounds silly but it helped {someone} too.",
            "Been at {$topic} for {duration} and {habit} is what stuck.", "Small tip from {$town}: {habit}.",
            "Took me {duration} to learn that {habit} beats everything else.", "Best advice {someone} gave me {ago} was {habit}.",
        ],
        "dc.neg": [
            "My biggest mistake with {$topic} {ago} was {mistake}.", "Don't do what I did with {$topic} {ago}: {mistake}.",
            "{$topic} went badly for me until I stopped {mistake} {ago}.", "I wasted {duration} on {$topic} by {mistake}.",
            "{someone} tried {$topic} {ago} and quit after {shortDuration}, {hedge}.", "Avoid {thing}; it made {$topic} harder for us {ago}.",
        ],
        "dc.mix": [
            "{$topic} is {okay} once you stop {mistake}.", "Some weeks {habit} works for {$topic}, some weeks nothing does, {hedge}.",
            "Half of {$topic} is {habit}, the other half is luck, says {someone}.", "{hedge}, it took {duration} and I'm still figuring out {$topic}.",
        ],
        "dayTip": [
            "Give {$topic} {shortDuration} before judging, {hedge}.", "Start with {minutes} {when} and build from there.",
            "Write down what you did {when}; {someone} swears by it for {$topic}.", "Ask in the {$town} group, they're {very} helpful.",
            "Don't buy anything new for {$topic} until {habit} feels normal.",
        ],

        // Replies to a comment by `parent` (a name): an opening that agrees, disagrees or asks,
        // then the replier's own detail.
        "reply.agree": [
            "{$parent} is right about this.", "Agree with {$parent}, {hedge}.", "Same experience as {$parent} here, {duration} in.",
            "Seconding what {$parent} said about {$use}.", "{$parent} nailed it, {lol}.", "Can confirm what {$parent} says, {hedge}.",
            "This, {$parent}, exactly.", "Yep, {$parent}, same here {ago}.", "+1 to {$parent}.",
            "Had the same thing as {$parent} {ago}.", "What {$parent} said, word for word.", "Glad it's not just me, {$parent}, {lol}.",
            "{$parent} has it, and {someone} would agree.",
        ],
        "reply.disagree": [
            "Not my experience, {$parent}.", "I'd push back on that a bit, {$parent}.", "Respectfully, {$parent}, no.",
            "Mine was the opposite of {$parent}'s.", "Hmm, {$parent}, I'm not sure about that.", "Funny, {$parent}, I found the reverse.",
            "Have to disagree with {$parent} here.", "Really? {$parent}, that's not what happened to {someone}.",
            "Can't agree, {$parent}, {hedge}.", "Odd, {$parent}; ours went the other way.",
        ],
        "reply.question": [
            "{$parent}, how long have you had yours?", "{$parent}, did you contact support about it?", "Which version did you get, {$parent}?",
            "What would you get instead, {$parent}?", "{$parent}, was that {nowadays} or {ago}?", "{$parent}, do you use it {when} too?",
            "Curious, {$parent}: is that with {$use} or something else?", "{$parent}, where in {$town} did you get it?",
            "{$parent}, any chance you still have the receipt?", "Did that happen {when}, {$parent}?",
        ],
        "reply.answer": [
            "Mine is {duration} old and used {often}, for what it's worth.", "I got it from {shop} {ago}, delivered to {$town}.", "About {duration}, and I use it {often} {when}.",
            "{ago}, and it's been the same {when} since, {hedge}.", "No, I just lived with it for {shortDuration} and then {someone} fixed it.",
        ],
    ]
}
