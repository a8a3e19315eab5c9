import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct ForumCrawlTests {
    /// The page type of a path, as the crawl counts them.
    static func kind(_ path: String) -> String {
        let route = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let parts = route.split(separator: "/").map(String.init)
        switch (parts.count, parts.first ?? "") {
        case (0, _): return "front"
        case (1, let first): return first
        case (2, "f"): return "forum"
        case (2, "u"): return "user"
        case (2, "messages"): return ["sent", "new"].contains(parts[1]) ? "messages/\(parts[1])" : "message"
        case (3, "f"): return ["submit", "bans"].contains(parts[2]) ? "forum/\(parts[2])" : "thread"
        case (3, "comment"): return "comment/\(parts[2])"
        case (4, "f"): return "thread/\(parts[3])"
        case (5, "f"): return "comment"
        default: return route
        }
    }

    /// Breadth first from the front page and a search, signed in as a forum's owner (so
    /// moderation and authoring pages are linked): every page type, no 5xx.
    @Test func crawlReachesEveryPageTypeWithoutA5xx() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let seed = try await Seed.load(host, id)
        let ownerValue: SQLValue = .integer(Int64(seed.ownerID))
        let path = "SELECT '/f/' || f.name || '/' || s.id FROM submissions s JOIN forums f ON f.id = s.forum_id WHERE s.id = "
        let commented = try await host.text(id, path + "(SELECT MIN(submission_id) FROM comments WHERE user_id = ?)", [ownerValue])
        let ownThread = try await host.text(id, path + "(SELECT MIN(id) FROM submissions WHERE user_id = ?)", [ownerValue])
        let kinds = try await BlockingThreads.run { () -> [String: Int] in
            let owner = SiteVisitor(port: port, site: "forum", instance: id)
            try owner.signIn(seed.owner, Seed.password(seed.ownerID))
            var queue = ["/", "/search?q=coffee", "/f/\(seed.forum)", "/u/\(seed.owner)?show=comments", "/u/\(seed.owner)"]
            // Threads holding the owner's own post and comment, which link to their edit forms.
            queue += [commented, ownThread]
            var seen = Set(queue)
            var kinds: [String: Int] = [:]
            var fetched = 0
            while !queue.isEmpty && fetched < 500 {
                let path = queue.removeFirst()
                let response = try owner.client.get(path)
                fetched += 1
                #expect(response.status < 500, "\(path) answered \(response.status)")
                kinds[Self.kind(path), default: 0] += 1
                var links: [String] = []
                var rest = Substring(response.body)
                while let range = rest.range(of: "href=\"") {
                    rest = rest[range.upperBound...]
                    guard let end = rest.firstIndex(of: "\"") else { break }
                    links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                    rest = rest[end...]
                }
                for link in links where link.hasPrefix("/") && !link.hasPrefix("/static") && !link.hasPrefix("//") {
                    let clean = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link
                    // Follow a bounded number of each kind, so the crawl spreads across types.
                    if seen.insert(clean).inserted, kinds[Self.kind(clean), default: 0] + queue.filter({ Self.kind($0) == Self.kind(clean) }).count < 25 {
                        queue.append(clean)
                    }
                }
            }
            return kinds
        }
        for kind in ["front", "all", "forums", "forum", "thread", "comment", "user", "search", "submit", "messages", "messages/sent",
                     "messages/new", "message", "forum/submit", "forum/bans", "thread/edit", "comment/edit"] {
            #expect(kinds[kind] != nil, "the crawl never reached a \(kind) page: \(kinds.keys.sorted())")
        }
        await host.dropInstance(id)
    }
}
