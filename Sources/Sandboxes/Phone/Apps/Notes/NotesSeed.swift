import Vocabulary

/// The seeded notes: Markdown in five folders (meeting notes, recipes, packing and shopping
/// lists, gift ideas for contacts), written over the half year before the phone's clock.
/// Ids follow creation order.
struct NotesSeed {
    let seed: AppSeed
    let now: CivilTime
    let contacts: [SeedPerson]

    func generate() -> [Note] {
        var rng = seed.generator("notes")
        var drafts: [(folder: Int, title: String, body: String)] = []
        for topic in MailText.topics {
            let person = rng.pick(contacts)?.firstName ?? "Sam"
            drafts.append((2, "\(topic) meeting", "# \(topic)\n\n**Attendees:** \(person) and me\n\n## Decisions\n- Keep the current scope\n- Weekly check-ins\n\n## Action items\n- [ ] Draft the summary\n- [x] Share the slides\n- [ ] Follow up with \(person)"))
        }
        let recipes: [(String, [String], String)] = [
            ("Lentil soup", ["1 cup red lentils", "1 onion", "2 carrots", "1 tsp cumin", "4 cups stock"], "Simmer 25 minutes, blend half."),
            ("Banana bread", ["3 ripe bananas", "1/3 cup melted butter", "3/4 cup sugar", "1 egg", "1 1/2 cups flour", "1 tsp baking soda"], "Bake at 350°F for 60 minutes."),
            ("Pesto pasta", ["2 cups basil", "1/2 cup parmesan", "1/3 cup pine nuts", "2 garlic cloves", "1/2 cup olive oil"], "Blend, toss with hot pasta."),
            ("Chili", ["1 lb ground beef", "2 cans beans", "1 can tomatoes", "2 tbsp chili powder", "1 onion"], "Brown the beef, add everything, simmer an hour."),
            ("Pancakes", ["1 cup flour", "1 tbsp sugar", "2 tsp baking powder", "1 cup milk", "1 egg"], "Rest the batter 5 minutes."),
            ("Green curry", ["1 can coconut milk", "2 tbsp curry paste", "1 lb chicken", "1 cup green beans", "Thai basil"], "Fry the paste first, then the rest."),
        ]
        for (title, items, method) in recipes {
            drafts.append((3, title, "# \(title)\n\n## Ingredients\n" + items.map { "- " + $0 }.joined(separator: "\n") + "\n\n## Method\n\(method)"))
        }
        let trips = [("Seattle", ["Laptop", "Charger", "Rain jacket", "ID"]), ("Bend", ["Hiking boots", "Sunscreen", "Swimsuit", "Camera"]), ("Coast weekend", ["Warm sweater", "Books", "Snacks", "Kite"])]
        for (place, items) in trips {
            drafts.append((4, "Packing list: \(place)", "# Packing for \(place)\n\n" + items.map { "- [\(rng.chance(0.5) ? "x" : " ")] " + $0 }.joined(separator: "\n")))
        }
        drafts.append((4, "Places to visit", "# Places to visit\n\n1. Crater Lake\n2. Cannon Beach\n3. Smith Rock\n4. Mount Hood\n5. Columbia River Gorge"))
        let groceries = ["Milk", "Eggs", "Bread", "Apples", "Coffee", "Rice", "Spinach", "Cheese", "Tomatoes", "Yogurt", "Olive oil", "Pasta", "Chicken", "Onions", "Bananas"]
        for week in 0..<8 {
            var list: [String] = []
            for item in groceries where rng.chance(0.4) { list.append(item) }
            if list.isEmpty { list = ["Milk"] }
            drafts.append((5, "Groceries, week \(week + 1)", "# Groceries\n\n" + list.map { "- [ ] " + $0 }.joined(separator: "\n")))
        }
        for person in contacts.prefix(6) {
            let ideas = ["A good novel", "Concert tickets", "Plant for the balcony", "Cooking class", "Coffee beans", "Scarf", "Board game"]
            var chosen: [String] = []
            for idea in ideas where rng.chance(0.4) { chosen.append(idea) }
            drafts.append((1, "Gift ideas for \(person.firstName)", "# Gift ideas for \(person.name)\n\n" + (chosen.isEmpty ? ["Ask around"] : chosen).map { "- " + $0 }.joined(separator: "\n")))
        }
        let personal: [(String, String)] = [
            ("Books to read", "# Books\n\n- The Overstory\n- Project Hail Mary\n- Braiding Sweetgrass\n- **Piranesi** (next!)"),
            ("Wi-Fi at the cabin", "Network: **LakeCabin5G**\nPassword: pinecone-42"),
            ("Dentist", "Bring the insurance card.\nAsk about the night guard."),
            ("Goals this year", "# Goals\n\n- [x] Run a 10k\n- [ ] Learn to bake sourdough\n- [ ] Read 20 books\n- [ ] Visit Crater Lake"),
            ("Car", "Plate: **7KQ-218**\nNext service at 45,000 miles.\nTire pressure 35 psi."),
            ("Movies to watch", "- Past Lives\n- Perfect Days\n- The Holdovers"),
            ("Apartment", "Landlord: call about the heater.\nRent is due on the 1st."),
        ]
        for (title, body) in personal { drafts.append((1, title, body)) }
        // Creation times spread over half a year; the sort gives ids in creation order.
        var dated: [(at: CivilTime, offset: Int)] = []
        for index in drafts.indices {
            dated.append((now.startOfDay.adding(days: -Int.random(in: 1...180, using: &rng), hours: Int.random(in: 7...22, using: &rng), minutes: Int.random(in: 0...59, using: &rng)), index))
        }
        return dated.sorted { ($0.at, $0.offset) < ($1.at, $1.offset) }.enumerated().map { index, entry in
            let draft = drafts[entry.offset]
            let edited = entry.at.adding(days: rng.chance(0.3) ? Int.random(in: 0...20, using: &rng) : 0)
            return Note(id: index + 1, folderID: draft.folder, title: draft.title, body: draft.body, pinned: rng.chance(0.1),
                        createdAt: entry.at.seconds, updatedAt: min(edited, now.adding(minutes: -30)).seconds)
        }
    }
}
