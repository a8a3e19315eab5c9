import Foundation
import GRDB
import SandboxKit
import Shop
import Vocabulary
import WorldText

/// Writes the forum's read-only catalogue for a seed: users (many of them the shop's
/// customers), forums, submissions and nested comments about the shop's products and
/// everyday subjects. Each kind of data draws from its own generator stream.
struct ForumCatalogGenerator {
    let seed: UInt64
    static let userCount = 600
    static let submissionCount = 5_200

    private let prose: ForumProse

    init(seed: UInt64) {
        self.seed = seed
        prose = ForumProse(seed: seed)
    }

    func build(_ db: Database) throws {
        try db.execute(sql: ForumSchema.catalog)
        let world = try ShopWorld(seed: seed)
        let users = try writeUsers(db, world: world)
        let forums = try writeForums(db, world: world, userCount: users.count)
        try writeSubmissions(db, forums: forums, world: world, users: users)
        try db.execute(sql: "INSERT INTO submissions_fts(rowid, title, body) SELECT id, title, body FROM seed_submissions")
        try db.execute(sql: "ANALYZE")
    }

    /// A forum as the generator sees it: what its posts are about, and how busy it is.
    struct ForumPlan {
        let id: Int
        /// Shop products (posts about them link to their pages), and other topics.
        let products: [ShopWorld.Product]
        let topics: [ForumTopic]
        let weight: Double
    }

    private func writeUsers(_ db: Database, world: ShopWorld) throws -> [String] {
        var rng = SeededGenerator(seed: seed, stream: "forum.users")
        var customers = world.customers
        for index in customers.indices.reversed() {
            customers.swapAt(index, rng.index(below: index + 1))
        }
        var names = Set<String>()
        var usernames: [String] = []
        let interests = world.departments + ForumDirectory.everyday.map(\.title)
        for id in 1...Self.userCount {
            var customer: ShopWorld.Customer? = nil
            if rng.chance(0.3), !customers.isEmpty { customer = customers.removeLast() }
            var base: String
            if let customer {
                base = customer.firstName.lowercased() + "_" + customer.lastName.lowercased().prefix(1)
            } else {
                base = (rng.pick(ForumDirectory.usernameWords) ?? "quiet") + "_" + (rng.pick(ForumDirectory.usernameWords.reversed()) ?? "otter")
            }
            var username = base
            while names.contains(username.lowercased()) { username = base + String(Int.random(in: 2...99, using: &rng)) }
            names.insert(username.lowercased())
            usernames.append(username)
            let email = customer?.email ?? "\(username.replacingOccurrences(of: "_", with: "."))@example.net"
            // A profile states interests only; everything users write comes from the text generator.
            let bio = rng.chance(0.6) ? "Interests: " + [rng.pick(interests), rng.pick(interests)].compactMap { $0 }.joined(separator: ", ") : ""
            try db.cachedStatement(sql: "INSERT INTO forum_users VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                id, username, email, ForumAccounts.password(userID: id), customer?.id, bio, ShopClock.daysBefore(Double.random(in: 760...1500, using: &rng)),
            ])
        }
        return usernames
    }

    private func writeForums(_ db: Database, world: ShopWorld, userCount: Int) throws -> [ForumPlan] {
        var rng = SeededGenerator(seed: seed, stream: "forum.forums")
        var plans: [ForumPlan] = []
        var categories: [String] = []
        for product in world.products where !categories.contains(product.category) { categories.append(product.category) }
        func add(name: String, title: String, about: String, products: [ShopWorld.Product], topics: [ForumTopic]) throws {
            let id = plans.count + 1
            let owner = Int.random(in: 1...userCount, using: &rng)
            let sidebar = "Welcome to \(title). \(about)"
            try db.cachedStatement(sql: "INSERT INTO forums VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                id, name, title, about, sidebar, owner, ShopClock.daysBefore(Double.random(in: 740...900, using: &rng)),
            ])
            var rules = ForumDirectory.rules
            for position in 1...Int.random(in: 3...5, using: &rng) {
                let text = rules.remove(at: rng.index(below: rules.count))
                try db.cachedStatement(sql: "INSERT INTO forum_rules VALUES (?, ?, ?)").execute(arguments: [id, position, text])
            }
            var moderators = [owner]
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                let other = Int.random(in: 1...userCount, using: &rng)
                if !moderators.contains(other) { moderators.append(other) }
            }
            for user in moderators {
                try db.cachedStatement(sql: "INSERT INTO forum_moderators VALUES (?, ?)").execute(arguments: [id, user])
            }
            plans.append(ForumPlan(id: id, products: products, topics: topics, weight: Double.random(in: 0.4...2.5, using: &rng)))
        }
        for (index, department) in world.departments.enumerated() {
            let products = world.products.filter { $0.department == department }
            // A department's forum also talks about its brands as a whole.
            var brands: [ForumTopic] = []
            for product in products where !brands.contains(.brand(product.facts.brand)) { brands.append(.brand(product.facts.brand)) }
            try add(name: forumName(department), title: department, about: ForumDirectory.about(department, index: index, department: true),
                    products: products, topics: brands)
        }
        for (index, category) in categories.enumerated() {
            let products = world.products.filter { $0.category == category }
            try add(name: forumName(category), title: category, about: ForumDirectory.about(category, index: index, department: false),
                    products: products, topics: [])
        }
        for everyday in ForumDirectory.everyday {
            let products = everyday.name == "deals" ? world.products : []
            var topics = everyday.subjects.map { ForumTopic.everyday(EverydayTopic(name: $0, phrases: [$0])) }
            if everyday.name == "travel" { topics += (PlaceFacts.towns + PlaceFacts.outings).map { .place($0) } }
            try add(name: everyday.name, title: everyday.title, about: everyday.about, products: products, topics: topics)
        }
        return plans
    }

    func forumName(_ title: String) -> String {
        ShopText.slug(title).replacingOccurrences(of: "-", with: "_")
    }

    private func writeSubmissions(_ db: Database, forums: [ForumPlan], world: ShopWorld, users: [String]) throws {
        var rng = SeededGenerator(seed: seed, stream: "forum.submissions")
        var comments = SeededGenerator(seed: seed, stream: "forum.comments")
        var cumulative: [Double] = []
        var total = 0.0
        for forum in forums {
            total += forum.weight
            cumulative.append(total)
        }
        var commentID = 0
        for id in 1...Self.submissionCount {
            let roll = Double.random(in: 0..<total, using: &rng)
            let forum = forums[cumulative.firstIndex { $0 > roll } ?? forums.count - 1]
            let author = Int.random(in: 1...users.count, using: &rng)
            var product: ShopWorld.Product? = nil
            let topic: ForumTopic
            if let other = rng.pick(forum.topics), forum.products.isEmpty || rng.chance(0.25) {
                topic = other
            } else {
                let picked = rng.pick(forum.products) ?? world.products[0]
                product = picked
                topic = .product(picked.facts)
            }
            let link = product != nil && rng.chance(0.35)
            let post = prose.submission(about: topic, link: link, author: users[author - 1], rng: &rng)
            let url = link ? "http://shop.localhost/product/\(product?.slug ?? "")" : ""
            // Recent posts are more common, as on any living forum.
            let unit = Double.random(in: 0..<1, using: &rng)
            let daysAgo = 0.02 + 729 * unit * unit
            let popularity = rng.chance(0.02) ? Int.random(in: 300...2400, using: &rng) : Int(pow(Double.random(in: 0..<1, using: &rng), 3) * 400)
            let downvotes = Int(Double(popularity) * Double.random(in: 0...0.25, using: &rng))
            let sticky = rng.chance(0.004)
            let locked = rng.chance(0.01)
            try db.cachedStatement(sql: "INSERT INTO seed_submissions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                id, forum.id, author, post.title, url, post.body, ShopClock.daysBefore(daysAgo), popularity + 1, downvotes, sticky, locked, product?.id,
            ])
            commentID = try writeComments(db, submission: id, daysAgo: daysAgo, topic: topic, users: users, firstID: commentID + 1, rng: &comments)
        }
    }

    /// Writes a heavy-tailed number of nested comments; returns the last id used.
    private func writeComments(_ db: Database, submission: Int, daysAgo: Double, topic: ForumTopic, users: [String], firstID: Int, rng: inout SeededGenerator) throws -> Int {
        let roll = Double.random(in: 0..<1, using: &rng)
        let count: Int
        switch roll {
        case ..<0.45: count = Int.random(in: 0...2, using: &rng)
        case ..<0.78: count = Int.random(in: 3...8, using: &rng)
        case ..<0.955: count = Int.random(in: 9...22, using: &rng)
        case ..<0.995: count = Int.random(in: 23...60, using: &rng)
        default: count = Int.random(in: 200...260, using: &rng)
        }
        var written: [(id: Int, author: Int, depth: Int, daysAgo: Double, gist: ForumWriter.Gist)] = []
        for offset in 0..<count {
            let id = firstID + offset
            let author = Int.random(in: 1...users.count, using: &rng)
            var parent: (id: Int, author: Int, depth: Int, daysAgo: Double, gist: ForumWriter.Gist)? = nil
            if !written.isEmpty, rng.chance(0.55) {
                let candidate = written[written.count - 1 - rng.index(below: min(written.count, 12))]
                if candidate.depth < 7 { parent = candidate }
            }
            let after = parent?.daysAgo ?? daysAgo
            let created = max(0.01, after - Double.random(in: 0.001...min(3, max(0.002, after * 0.5)), using: &rng))
            let comment = parent.map { prose.reply(to: $0.gist, on: topic, author: users[author - 1], rng: &rng) } ?? prose.comment(on: topic, author: users[author - 1], rng: &rng)
            let up = Int(pow(Double.random(in: 0..<1, using: &rng), 3) * 60)
            try db.cachedStatement(sql: "INSERT INTO seed_comments VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
                id, submission, parent?.id, author, comment.text, ShopClock.daysBefore(created), up + 1, Int(Double(up) * Double.random(in: 0...0.3, using: &rng)),
            ])
            written.append((id, author, (parent?.depth ?? -1) + 1, created, comment.gist))
        }
        return firstID + count - 1
    }
}
