import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct ForumPagesTests {
    @Test func everyPageTypeServesAndBadInputIsA4xx() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let seed = try await Seed.load(host, id)
        let comment = try await host.int(id, "SELECT MIN(id) FROM comments WHERE submission_id = ?", [.integer(Int64(seed.bigThread))])
        let message = try await host.int(id, "SELECT MIN(id) FROM private_messages WHERE recipient_id = ?", [.integer(Int64(seed.memberID))])
        try await BlockingThreads.run {
            let guest = SiteVisitor(port: port, site: "forum", instance: id)
            try guest.get("/", contains: "All forums")
            try guest.get("/all?sort=new")
            try guest.get("/all?sort=top&t=week", contains: "Past week")
            try guest.get("/all?sort=comments&page=2", contains: "Page 2")
            try guest.get("/forums?sort=subscribers", contains: "Cooking")
            try guest.get("/f/\(seed.forum)", contains: "Rules")
            try guest.get("/f/\(seed.forum)?sort=top&t=year")
            try guest.get("/f/\(seed.bigForum)/\(seed.bigThread)", contains: "Comments")
            try guest.get("/f/\(seed.bigForum)/\(seed.bigThread)?sort=new")
            try guest.get("/f/\(seed.bigForum)/\(seed.bigThread)/comment/\(comment)", contains: "single comment")
            try guest.get("/u/\(seed.owner)", contains: "Karma")
            try guest.get("/u/\(seed.owner)?show=comments")
            try guest.get("/search?q=sourdough", contains: "Results")
            try guest.get("/search?q=sourdough&forum=cooking&sort=top")
            try guest.get("/login", contains: "Sign in")
            // Pages that need a user send guests to sign in.
            #expect(try guest.client.get("/messages").status == 303)
            #expect(try guest.client.get("/submit").status == 303)
            // Malformed parameters and unknown ids: a 4xx page, never a 5xx.
            for (path, status) in [
                ("/all?page=-1", 400), ("/all?page=abc", 400), ("/all?sort=unknown", 400), ("/f/cooking?t=decade&sort=top", 400),
                ("/all?page=9999", 404), ("/f/nowhere", 404), ("/f/cooking/999999999", 404), ("/f/cooking/abc", 404),
                ("/f/\(seed.bigForum)/\(seed.bigThread)/comment/1", 404), ("/u/nobody_here", 404), ("/search?q=x&sort=best", 400),
                ("/search?q=x&forum=nowhere", 404), ("/u/\(seed.owner)?show=likes", 400), ("/nothing/here", 404),
                ("/f/\(seed.bigForum)/\(seed.bigThread)?sort=hot", 400),
                ("/f/\(seed.bigForum)/\(seed.bigThread)?page=0", 400), ("/f/\(seed.bigForum)/\(seed.bigThread)?page=99", 404),
            ] {
                let response = try guest.client.get(path)
                #expect(response.status == status, "\(path) answered \(response.status)")
                #expect(response.body.contains("<h1"), "\(path) is a page")
            }
            let member = SiteVisitor(port: port, site: "forum", instance: id)
            try member.signIn(seed.member, Seed.password(seed.memberID))
            try member.get("/", contains: "Your front page")
            try member.get("/messages", contains: "Inbox")
            try member.get("/messages/sent", contains: "Sent messages")
            try member.get("/messages/\(message)", contains: "Reply")
            try member.get("/messages/new?to=\(seed.owner)", contains: "New message")
            try member.get("/messages/new?re=\(message)", contains: "Re: ")
            try member.get("/messages/999999", 404)
            try member.get("/submit", contains: "Create a post")
            try member.get("/f/cooking/submit", contains: "Create a post")
        }
        await host.dropInstance(id)
    }

    /// A thread of 200 and more comments is split into pages: each holds whole top-level
    /// comments with their replies, about 40 comments, and the pages together hold every
    /// comment once, in every sort. A vote cast on a later page comes back to that page.
    @Test func aLongThreadIsSplitIntoPagesThatTogetherHoldEveryComment() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let seed = try await Seed.load(host, id)
        let expected = try await host.int(id, "SELECT COUNT(*) FROM comments WHERE submission_id = ?", [.integer(Int64(seed.bigThread))])
        let newestTopLevel = try await host.int(id, "SELECT id FROM comments WHERE submission_id = ? AND parent_id IS NULL ORDER BY created_at DESC, id DESC LIMIT 1",
                                                [.integer(Int64(seed.bigThread))])
        #expect(expected >= 200)
        let thread = "/f/\(seed.bigForum)/\(seed.bigThread)"
        try await BlockingThreads.run {
            let guest = SiteVisitor(port: port, site: "forum", instance: id)
            for sort in ["top", "new", "old"] {
                var ids: [Int] = []
                var path: String? = "\(thread)?sort=\(sort)"
                var pages = 0
                while let next = path {
                    let body = try guest.get(next).body
                    let onPage = ForumProseTests.matches(#"id="c\d+""#, in: body).compactMap { Int($0.dropFirst(5).dropLast()) }
                    #expect((1...40).contains(onPage.count), "\(next) shows \(onPage.count) comments")
                    ids += onPage
                    pages += 1
                    path = ForumProseTests.matches(#"href="[^"]*" rel="next""#, in: body).first
                        .map { String($0.dropFirst("href=\"".count).prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&") }
                    if path == nil { #expect(body.contains("Page \(pages) of \(pages)")) }
                    if sort == "new" && pages == 1 { #expect(onPage.first == newestTopLevel) }
                }
                #expect(pages >= 5)
                #expect(ids.count == expected && Set(ids).count == expected, "sort \(sort): \(ids.count) shown, \(Set(ids).count) distinct, \(expected) in the thread")
            }
            let member = SiteVisitor(port: port, site: "forum", instance: id)
            try member.signIn(seed.member, Seed.password(seed.memberID))
            let second = try member.get("\(thread)?sort=new&page=2", contains: "Page 2 of").body
            #expect(second.contains("value=\"\(thread)?sort=new&amp;page=2#c"), "a vote on page 2 returns to page 2")
        }
    }

    @Test func membersPostCommentVoteSubscribeAndMessage() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let seed = try await Seed.load(host, id)
        let threadPath = "/f/\(seed.forum)/\(seed.thread)"
        let scoreSQL = "SELECT upvotes - downvotes FROM submissions WHERE id = ?"
        let scoreBefore = try await host.int(id, scoreSQL, [.integer(Int64(seed.thread))])
        let subscribed = try await host.int(id, "SELECT COUNT(*) FROM subscriptions WHERE user_id = ? AND forum_id = ?", [.integer(Int64(seed.memberID)), .integer(Int64(seed.forumID))])
        let post = try await BlockingThreads.run { () -> String in
            let member = SiteVisitor(port: port, site: "forum", instance: id)
            try member.expect(member.client.post("/login", form: [("login", seed.member), ("password", "wrong")]), 422, "wrong password", contains: "do not match")
            try member.signIn(seed.member, Seed.password(seed.memberID))
            // Forms validate on the server and show their errors in the page.
            let empty = try member.submit("/submit", [("forum", "cooking"), ("title", ""), ("url", ""), ("body", "")], 422, contains: "Enter a title.")
            #expect(empty.body.contains("aria-invalid=\"true\"") && empty.body.contains("role=\"alert\""))
            try member.submit("/submit", [("forum", "cooking"), ("title", "Link"), ("url", "not a link"), ("body", "")], 422, contains: "http://")
            try member.submit("/submit", [("forum", "nowhere"), ("title", "Hi"), ("url", ""), ("body", "Text")], 422, contains: "Choose a forum")
            let page = try member.submit("/submit", [("forum", "cooking"), ("title", "Best pan for eggs?"), ("url", ""), ("body", "Mine sticks every time.")], contains: "Best pan for eggs?")
            #expect(page.body.contains("Your post was submitted."))
            try member.submit("\(threadPath)/comment", [("body", "  ")], 422, contains: "Enter a comment.")
            try member.submit("\(threadPath)/comment", [("body", "Low heat and patience.")], contains: "Low heat and patience.")
            try member.submit("\(threadPath)/comment", [("body", "Also butter."), ("parent_id", "1000000")], contains: "Also butter.")
            try member.submit("\(threadPath)/comment", [("body", "Orphan"), ("parent_id", "1")], 404)
            try member.submit("/comment/1000000/edit", [("body", "")], 422, contains: "Enter a comment.")
            try member.submit("/comment/1000000/edit", [("body", "Low heat, patience, and a good pan.")], contains: "a good pan")
            try member.submit("/comment/1000001/delete", [])
            try member.submit("/vote", [("kind", "submission"), ("id", String(seed.thread)), ("value", "1"), ("next", threadPath)])
            try member.submit("/vote", [("kind", "comment"), ("id", "1000000"), ("value", "-1"), ("next", threadPath)])
            try member.submit("/vote", [("kind", "comment"), ("id", "999999999"), ("value", "1")], 404)
            try member.submit("/vote", [("kind", "post"), ("id", "1"), ("value", "1")], 400)
            try member.submit("/f/\(seed.forum)/\(subscribed == 1 ? "unsubscribe" : "subscribe")", [])
            try member.submit("/messages/new", [("to", "nobody_here"), ("subject", "Hi"), ("body", "Hello")], 422, contains: "There is no user")
            try member.submit("/messages/new", [("to", seed.owner), ("subject", "Question"), ("body", "Can I post recipes?")], contains: "Can I post recipes?")
            return try member.client.get("/f/cooking/1000000").body
        }
        #expect(post.contains("Best pan for eggs?"))
        let me: SQLValue = .integer(Int64(seed.memberID))
        #expect(try await host.text(id, "SELECT title || '|' || body || '|' || user_id FROM new_submissions WHERE id = 1000000") == "Best pan for eggs?|Mine sticks every time.|\(seed.memberID)")
        #expect(try await host.int(id, "SELECT parent_id FROM new_comments WHERE id = 1000001") == 1_000_000)
        #expect(try await host.text(id, "SELECT body FROM comments WHERE id = 1000000") == "Low heat, patience, and a good pan.")
        #expect(try await host.int(id, "SELECT deleted FROM comments WHERE id = 1000001") == 1)
        #expect(try await host.int(id, scoreSQL, [.integer(Int64(seed.thread))]) == scoreBefore + 1)
        #expect(try await host.int(id, "SELECT value FROM votes WHERE kind = 'comment' AND target_id = 1000000") == -1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM subscriptions WHERE user_id = ? AND forum_id = ?", [me, .integer(Int64(seed.forumID))]) == 1 - subscribed)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM private_messages WHERE sender_id = ? AND recipient_id = ? AND subject = 'Question'", [me, .integer(Int64(seed.ownerID))]) == 1)
        // Voting the same way again takes the vote back; the author deletes the post.
        _ = try await BlockingThreads.run {
            let member = SiteVisitor(port: port, site: "forum", instance: id)
            try member.signIn(seed.member, Seed.password(seed.memberID))
            try member.submit("/vote", [("kind", "submission"), ("id", String(seed.thread)), ("value", "1"), ("next", threadPath)])
            try member.get("/f/cooking/1000000/edit", contains: "Edit post")
            try member.get("/comment/1000000/edit", contains: "Edit comment")
            try member.submit("/f/cooking/1000000/edit", [("title", "Best pan for eggs, really?"), ("url", ""), ("body", "Mine sticks.")], contains: "really?")
            try member.submit("/f/\(seed.forum)/\(subscribed == 1 ? "subscribe" : "unsubscribe")", [])
            try member.submit("/f/cooking/1000000/delete", [])
            try member.get("/f/cooking/1000000", contains: "[deleted by the author]")
            // Signing out ends the session: member pages send to sign in again.
            try member.submit("/logout", [], contains: "All forums")
            #expect(try member.client.get("/messages").status == 303)
        }
        #expect(try await host.int(id, "SELECT COUNT(*) FROM subscriptions WHERE user_id = ? AND forum_id = ?", [me, .integer(Int64(seed.forumID))]) == subscribed)
        #expect(try await host.int(id, scoreSQL, [.integer(Int64(seed.thread))]) == scoreBefore)
        #expect(try await host.text(id, "SELECT title || '|' || deleted FROM submissions WHERE id = 1000000") == "Best pan for eggs, really?|1")
        await host.dropInstance(id)
    }

    @Test func onlyModeratorsModerate() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let seed = try await Seed.load(host, id)
        let threadPath = "/f/\(seed.forum)/\(seed.thread)"
        let comment = try await host.int(id, "SELECT MIN(id) FROM comments WHERE submission_id IN (SELECT id FROM submissions WHERE forum_id = ?)", [.integer(Int64(seed.forumID))])
        let commentThread = try await host.int(id, "SELECT submission_id FROM comments WHERE id = ?", [.integer(Int64(comment))])
        try await BlockingThreads.run {
            let member = SiteVisitor(port: port, site: "forum", instance: id)
            try member.signIn(seed.member, Seed.password(seed.memberID))
            for action in ["lock", "remove", "sticky"] {
                try member.submit("\(threadPath)/\(action)", [], 403, contains: "Only moderators")
            }
            try member.submit("/comment/\(comment)/remove", [], 403)
            try member.get("/f/\(seed.forum)/bans", 403, contains: "Access denied")
            try member.submit("/f/\(seed.forum)/bans", [("username", seed.owner), ("reason", "Coup")], 403)
            try member.submit("/comment/\(comment)/edit", [("body", "Not mine")], 403)
            let owner = SiteVisitor(port: port, site: "forum", instance: id)
            try owner.signIn(seed.owner, Seed.password(seed.ownerID))
            try owner.get(threadPath, contains: "Lock thread")
            try owner.submit("\(threadPath)/lock", [], contains: "Thread locked.")
            try owner.submit("\(threadPath)/sticky", [], contains: "Pinned")
            try owner.submit("/comment/\(comment)/remove", [], contains: "Comment removed.")
            try owner.get("/f/\(seed.forum)/bans", contains: "Ban a user")
            try owner.submit("/f/\(seed.forum)/bans", [("username", "nobody_here"), ("reason", "Spam")], 422, contains: "There is no user")
            try owner.submit("/f/\(seed.forum)/bans", [("username", seed.member), ("reason", "")], 422, contains: "Enter a reason.")
            try owner.submit("/f/\(seed.forum)/bans", [("username", seed.member), ("reason", "Spam links")], contains: "Spam links")
            // A locked thread takes no comments; a banned member cannot post in the forum.
            try member.submit("\(threadPath)/comment", [("body", "Hello?")], 403, contains: "locked")
            try member.submit("/submit", [("forum", seed.forum), ("title", "Still here"), ("url", ""), ("body", "Hi")], 422, contains: "banned")
            try member.get("/f/\(seed.forum)/\(commentThread)", contains: "[removed by a moderator]")
            try owner.submit("/f/\(seed.forum)/bans/\(seed.member)/unban", [], contains: "may post")
            try owner.submit("\(threadPath)/unlock", [], contains: "Thread unlocked.")
            try owner.submit("\(threadPath)/remove", [], contains: "[removed by a moderator]")
        }
        let thread: SQLValue = .integer(Int64(seed.thread))
        #expect(try await host.text(id, "SELECT locked || sticky || removed FROM submissions WHERE id = ?", [thread]) == "011")
        #expect(try await host.int(id, "SELECT removed_by FROM submission_changes WHERE submission_id = ?", [thread]) == seed.ownerID)
        #expect(try await host.int(id, "SELECT removed FROM comments WHERE id = ?", [.integer(Int64(comment))]) == 1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM forum_bans") == 0)
        // The owner undoes the pin and the removal.
        try await BlockingThreads.run {
            let owner = SiteVisitor(port: port, site: "forum", instance: id)
            try owner.signIn(seed.owner, Seed.password(seed.ownerID))
            try owner.submit("\(threadPath)/unsticky", [], contains: "Post unpinned.")
            try owner.submit("\(threadPath)/restore", [], contains: "Post restored.")
        }
        #expect(try await host.text(id, "SELECT locked || sticky || removed FROM submissions WHERE id = ?", [thread]) == "000")
        await host.dropInstance(id)
    }

    @Test func linksToTheShopFollowTheWayTheRequestCame() async throws {
        let (host, port) = try await ForumFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["forum"], seed: 1)
        let post = try await host.query(id, """
            SELECT f.name, s.id, s.url FROM submissions s JOIN forums f ON f.id = s.forum_id
            WHERE s.url LIKE 'http://shop.localhost/product/%' AND NOT s.deleted AND NOT s.removed ORDER BY s.id LIMIT 1
            """).rows[0]
        guard case .text(let forum) = post[0], case .integer(let submission) = post[1], case .text(let url) = post[2] else {
            Issue.record("no link post to the shop: \(post)")
            return
        }
        let path = String(url.dropFirst("http://shop.localhost".count))
        try await BlockingThreads.run {
            // By subdomain: the shop on the same port; by path prefix: the shop's prefix.
            let bySubdomain = SiteVisitor(port: port, site: "forum", instance: id)
            try bySubdomain.get("/f/\(forum)/\(submission)", contains: "href=\"http://shop.localhost:\(port)\(path)\"")
            let byPrefix = LoopbackHTTPClient(port: port, hostName: "127.0.0.1", instanceID: id)
            let page = try byPrefix.get("/forum/f/\(forum)/\(submission)")
            #expect(page.status == 200)
            #expect(page.body.contains("href=\"/shop\(path)\""), "a path-prefixed link to \(path)")
            #expect(page.body.contains("(shop.localhost)"), "the domain shown is the stored one")
        }
        await host.dropInstance(id)
    }
}
