/// The words of seeded mail. `{first}` is the sender's first name, `{me}` the owner's,
/// `{day}` a weekday, `{place}` a place, `{topic}` a work topic; `MailSeed` fills them.
enum MailText {
    struct Template: Sendable {
        let subject: String
        let body: String
    }

    static let personal: [Template] = [
        Template(subject: "Dinner on {day}?", body: "Hi {me},\n\nAre you free for dinner on {day}? I was thinking {place} around 7. Let me know!\n\n{first}"),
        Template(subject: "Photos from the weekend", body: "Hey {me},\n\nI finally sorted the photos from the weekend. A few of them came out really well, I'll send the album link tonight.\n\nCheers,\n{first}"),
        Template(subject: "Book recommendation", body: "Hi {me},\n\nYou asked what I was reading: it's \"The Overstory\". Slow start, but worth it. I can lend you my copy when I'm done.\n\n{first}"),
        Template(subject: "Hiking this weekend", body: "Hi {me},\n\nA few of us are hiking Multnomah Falls on {day} morning. Meeting at 8 at the trailhead. Want to join?\n\n{first}"),
        Template(subject: "Thank you!", body: "Dear {me},\n\nThank you so much for the lovely gift, it was very thoughtful. Hope to see you soon.\n\nLove,\n{first}"),
        Template(subject: "Moving help", body: "Hi {me},\n\nWe're moving on the 14th and could use an extra pair of hands for a couple of hours. Pizza is on us!\n\n{first}"),
        Template(subject: "Recipe you asked for", body: "Hi {me},\n\nHere is the lentil soup recipe:\n- 1 cup red lentils\n- 1 onion, 2 carrots\n- 1 tsp cumin\n- 4 cups stock\n\nSimmer 25 minutes and blend half of it.\n\n{first}"),
        Template(subject: "Concert tickets", body: "Hey {me},\n\nI have two spare tickets for the concert at {place} on {day}. Interested?\n\n{first}"),
        Template(subject: "Catching up", body: "Hi {me},\n\nIt's been ages! How is everything going? Let's grab a coffee at {place} sometime soon.\n\n{first}"),
        Template(subject: "Birthday plans", body: "Hi {me},\n\nWe're planning a small surprise for Sam's birthday on {day}. Could you bring dessert?\n\n{first}"),
        Template(subject: "Garden swap", body: "Hello {me},\n\nThe community garden swap is on {day}. I have extra tomato seedlings if you want some.\n\n{first}"),
        Template(subject: "Trip pictures", body: "Hi {me},\n\nJust back from the coast. The weather was perfect, and the seafood at {place} was amazing.\n\n{first}"),
        Template(subject: "Quick question", body: "Hi {me},\n\nDo you still have the number of the plumber you used last spring? Our kitchen sink is leaking again.\n\nThanks,\n{first}"),
        Template(subject: "Running club", body: "Hi {me},\n\nThe running club meets at {place} on {day} at 7am. First session is free, come along!\n\n{first}"),
        Template(subject: "Board game night", body: "Hey {me},\n\nBoard game night at ours on {day}. Bring a snack and your competitive spirit.\n\n{first}"),
    ]

    static let work: [Template] = [
        Template(subject: "{topic}: notes from today", body: "Hi {me},\n\nAttached are my notes from today's {topic} discussion. Main points:\n1. Scope is agreed.\n2. We need numbers by {day}.\n3. Next review in two weeks.\n\nBest,\n{first}"),
        Template(subject: "Review request: {topic}", body: "Hi {me},\n\nCould you review the {topic} draft before {day}? Comments in the document are fine.\n\nThanks,\n{first}"),
        Template(subject: "{topic} timeline", body: "Hi {me},\n\nThe {topic} timeline slipped by a week. I moved the checkpoint to {day}; shout if that clashes with anything.\n\n{first}"),
        Template(subject: "Lunch and learn on {day}", body: "Hello team,\n\nThis {day} I'll present what we learned on {topic}. Lunch provided in the big meeting room.\n\n{first}"),
        Template(subject: "Budget for {topic}", body: "Hi {me},\n\nFinance needs the {topic} budget by {day}. Can you send me your estimate?\n\nRegards,\n{first}"),
        Template(subject: "Welcome our new teammate", body: "Hi all,\n\nPlease welcome our new teammate, who starts on {day} and will work on {topic}.\n\n{first}"),
        Template(subject: "Offsite agenda", body: "Hi {me},\n\nDraft agenda for the offsite at {place}:\n- 9:00 Kickoff\n- 10:30 {topic}\n- 13:00 Lunch\n- 14:00 Planning\n\n{first}"),
        Template(subject: "Re: {topic} numbers", body: "Hi {me},\n\nThe numbers look right to me. One question on the second table, can we talk on {day}?\n\n{first}"),
        Template(subject: "Out of office {day}", body: "Hi {me},\n\nI'm out on {day}. For anything urgent on {topic}, please ask the team channel.\n\n{first}"),
        Template(subject: "Customer feedback on {topic}", body: "Hi {me},\n\nSharing some customer feedback on {topic}: they like the direction but want a faster rollout. Let's discuss on {day}.\n\n{first}"),
    ]

    static let sent: [Template] = [
        Template(subject: "Re: {topic}", body: "Hi {first},\n\nThanks, that works for me. I'll have my part ready by {day}.\n\n{me}"),
        Template(subject: "Coffee on {day}?", body: "Hi {first},\n\nWould you like to meet for coffee at {place} on {day}?\n\n{me}"),
        Template(subject: "Checking in", body: "Hi {first},\n\nJust checking in, how are things? Let me know if you need anything.\n\n{me}"),
        Template(subject: "The document we discussed", body: "Hi {first},\n\nAs promised, here is the document we discussed. Let me know what you think.\n\nBest,\n{me}"),
        Template(subject: "Happy birthday!", body: "Hi {first},\n\nHappy birthday! Hope you have a wonderful day.\n\n{me}"),
    ]

    static let topics = ["Q3 planning", "Website redesign", "Vendor contract", "Onboarding guide", "Mobile release", "Data migration", "Annual report", "Hiring plan", "Customer survey", "Security audit"]
    static let places = ["Blue Door Café", "Saffron Kitchen", "the Crystal Ballroom", "Laurelhurst Park", "Powell's", "the Rose Garden", "Pine State Biscuits", "Tilt"]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Bulk senders: name, address, subjects.
    static let newsletters: [(name: String, email: String, subjects: [String])] = [
        ("The Morning Brief", "news@morningbrief.example", ["Today: markets, weather and a good read", "Your weekend long reads", "Five stories to start your week"]),
        ("Portland Events", "digest@pdxevents.example", ["This week in Portland", "Free concerts this month", "Farmers markets are back"]),
        ("Trailhead Outfitters", "deals@trailhead.example", ["Spring sale: 30% off rain gear", "New arrivals for the trail", "Members save more this weekend"]),
        ("CodeCraft Weekly", "weekly@codecraft.example", ["Issue 212: testing without mocks", "Issue 213: faster builds", "Issue 214: SQLite tips"]),
        ("City Library", "notices@library.example", ["Your holds are ready", "New titles this month", "Reminder: items due soon"]),
    ]
}
