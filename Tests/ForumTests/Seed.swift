import GauntletTesting
import SandboxKit

/// What the tests need to know about seed 1, read from the instance.
struct Seed: Sendable {
    let forum: String
    let forumID: Int
    let owner: String
    let ownerID: Int
    let member: String
    let memberID: Int
    let thread: Int
    let bigThread: Int
    let bigForum: String

    static func password(_ id: Int) -> String {
        "Forum!" + String(repeating: "0", count: max(0, 4 - String(id).count)) + String(id)
    }

    static func load(_ host: SandboxHost, _ id: String) async throws -> Seed {
        let forumID = try await host.int(id, "SELECT id FROM forums WHERE name = 'cooking'")
        let ownerID = try await host.int(id, "SELECT owner_id FROM forums WHERE id = ?", [.integer(Int64(forumID))])
        // A member who moderates nothing and is not banned anywhere.
        let memberID = try await host.int(id, "SELECT MIN(id) FROM forum_users u WHERE NOT EXISTS (SELECT 1 FROM forum_moderators m WHERE m.user_id = u.id)")
        let thread = try await host.int(id, "SELECT MIN(id) FROM submissions WHERE forum_id = ? AND NOT locked AND url = ''", [.integer(Int64(forumID))])
        let bigThread = try await host.int(id, "SELECT submission_id FROM comments GROUP BY submission_id HAVING COUNT(*) >= 200 ORDER BY submission_id LIMIT 1")
        return Seed(
            forum: "cooking", forumID: forumID,
            owner: try await host.text(id, "SELECT username FROM forum_users WHERE id = ?", [.integer(Int64(ownerID))]), ownerID: ownerID,
            member: try await host.text(id, "SELECT username FROM forum_users WHERE id = ?", [.integer(Int64(memberID))]), memberID: memberID,
            thread: thread, bigThread: bigThread,
            bigForum: try await host.text(id, "SELECT f.name FROM submissions s JOIN forums f ON f.id = s.forum_id WHERE s.id = ?", [.integer(Int64(bigThread))]))
    }
}
