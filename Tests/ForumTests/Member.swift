import Foundation
import GauntletTesting
import SandboxKit

/// A scripted forum user over a real loopback HTTP connection.
struct Member {
    let client: LoopbackHTTPClient

    init(port: Int, instance: String) {
        client = LoopbackHTTPClient(port: port, hostName: "forum.localhost", instanceID: instance)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @discardableResult
    func expect(_ response: LoopbackHTTPClient.Response, _ status: Int, _ step: String, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        guard response.status == status else {
            throw Failure(description: "\(step): status \(response.status), expected \(status); body starts \(response.body.prefix(400))")
        }
        if let text, !response.body.contains(text), !response.body.contains(Self.escape(text)) {
            throw Failure(description: "\(step): page lacks \"\(text)\"")
        }
        return response
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @discardableResult
    func get(_ path: String, _ status: Int = 200, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        try expect(client.get(path), status, "GET \(path)", contains: text)
    }

    /// POSTs a form and follows its 303; returns the page it led to.
    @discardableResult
    func post(_ path: String, _ form: [(String, String)], status: Int = 303, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        let (post, page) = try client.submit(path, form: form)
        try expect(post, status, "POST \(path)", contains: status == 303 ? nil : text)
        if status == 303 { try expect(page, 200, "after POST \(path)", contains: text) }
        return status == 303 ? page : post
    }

    func signIn(_ username: String, _ password: String) throws {
        try get("/login")
        try post("/login", [("login", username), ("password", password), ("next", "/u/\(username)")], contains: username)
    }
}

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
