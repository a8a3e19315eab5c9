import Forum
import SandboxKit
import Shop
import Testing
import Vocabulary

@Suite struct ForumDataTests {
    @Test func catalogueMeetsTheSizeAndShapeTargets() async throws {
        let (host, _) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forums") >= 40)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forums WHERE description = '' OR sidebar = ''") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forums f WHERE (SELECT COUNT(*) FROM forum_rules r WHERE r.forum_id = f.id) < 3") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forums f WHERE NOT EXISTS (SELECT 1 FROM forum_moderators m WHERE m.forum_id = f.id AND m.user_id = f.owner_id)") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM submissions") >= 5_000)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM submissions WHERE url != ''") >= 1_000, "link posts")
        #expect(try await host.int(id, "SELECT COUNT(*) FROM submissions WHERE url = ''") >= 1_000, "text posts")
        #expect(try await host.int(id, "SELECT COUNT(*) FROM comments") >= 30_000)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL") >= 10_000, "nested replies")
        #expect(try await host.int(id, "SELECT COUNT(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.submission_id != c.submission_id OR p.created_at > c.created_at") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM (SELECT submission_id FROM comments GROUP BY submission_id HAVING COUNT(*) >= 200)") >= 3)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM comments c JOIN submissions s ON s.id = c.submission_id WHERE c.created_at < s.created_at") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM submissions WHERE created_at >= '2026-05-31 12:00:00'") >= 5, "a day's top has posts")
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forum_users") >= 500)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forum_users WHERE customer_id IS NOT NULL") >= 100)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM subscriptions") >= 1_500)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM private_messages") >= 500)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM submissions WHERE title LIKE '%lorem%' OR body LIKE '%ipsum%'") == 0)
    }

    /// One world: forum users who are shop customers carry the customer's email, and posts
    /// about products name the shop's own products.
    @Test func forumUsersAndProductsComeFromTheShop() async throws {
        let (host, _) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let world = try ShopWorld(seed: 1)
        let rows = try await host.query(id, "SELECT customer_id, email FROM forum_users WHERE customer_id IS NOT NULL ORDER BY id").rows
        #expect(rows.count >= 100)
        for row in rows {
            guard case .integer(let customer) = row[0], case .text(let email) = row[1] else { Issue.record("bad row \(row)"); continue }
            #expect(world.customers[Int(customer) - 1].email == email)
        }
        let linked = try await host.query(id, "SELECT product_id, url FROM submissions WHERE product_id IS NOT NULL AND url != '' ORDER BY id LIMIT 200").rows
        #expect(linked.count == 200)
        for row in linked {
            guard case .integer(let product) = row[0], case .text(let url) = row[1] else { Issue.record("bad row \(row)"); continue }
            #expect(url == "http://shop.localhost/product/" + world.products[Int(product) - 1].slug)
        }
    }

    /// Counts and a digest of seed 1's generated content: a change to any generator shows here
    /// (bump `dataVersion` and the digest together).
    @Test func seedOneIsDeterministic() async throws {
        let (host, _) = try await ForumFixture.shared.host()
        let a = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let b = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let c = try await host.makeInstance(sandboxes: ["forum"], seed: 2)
        let counts = "SELECT (SELECT COUNT(*) FROM forums) || '/' || (SELECT COUNT(*) FROM forum_users) || '/' || (SELECT COUNT(*) FROM seed_submissions) || '/' || (SELECT COUNT(*) FROM seed_comments) || '/' || (SELECT COUNT(*) FROM subscriptions) || '/' || (SELECT COUNT(*) FROM private_messages)"
        let content = """
            SELECT (SELECT group_concat(x, char(10)) FROM (SELECT id || '|' || forum_id || '|' || user_id || '|' || title || '|' || url || '|' || body || '|' || created_at || '|' || upvotes || '|' || downvotes AS x FROM seed_submissions ORDER BY id))
            || (SELECT group_concat(x, char(10)) FROM (SELECT id || '|' || submission_id || '|' || COALESCE(parent_id, '') || '|' || user_id || '|' || body || '|' || created_at AS x FROM seed_comments ORDER BY id))
            || (SELECT group_concat(x, char(10)) FROM (SELECT name || '|' || title || '|' || sidebar || '|' || owner_id AS x FROM forums ORDER BY id))
            || (SELECT group_concat(x, char(10)) FROM (SELECT username || '|' || email || '|' || bio AS x FROM forum_users ORDER BY id))
            || (SELECT group_concat(x, char(10)) FROM (SELECT sender_id || '|' || recipient_id || '|' || subject || '|' || body AS x FROM private_messages ORDER BY id))
            """
        let digest = String(StableHash.fnv1a(try await host.text(a, content)), radix: 16)
        let countText = try await host.text(a, counts)
        #expect(countText == "47/600/5200/40576/3366/900")
        #expect(digest == "9857d0d93566ad91")
        #expect(try await host.text(b, content) == (try await host.text(a, content)))
        #expect(try await host.text(c, content) != (try await host.text(a, content)))
        #expect(try await host.exportState(a) == (try await host.exportState(b)))
    }
}
