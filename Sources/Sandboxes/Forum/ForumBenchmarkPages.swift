import SandboxKit

extension ForumSandbox: BenchmarkPages {
    /// Threads with at least 200 comments (the target page), forum listings with
    /// varied sorts, and user profiles.
    public var benchmarkPages: [(kind: String, sql: String)] {
        [
            ("thread", """
                SELECT '/f/' || f.name || '/' || s.id FROM submissions s JOIN forums f ON f.id = s.forum_id
                WHERE s.id IN (SELECT submission_id FROM comments GROUP BY submission_id HAVING COUNT(*) >= 200) ORDER BY s.id
                """),
            ("forum", """
                SELECT '/f/' || name || '?sort=' || (CASE id % 4 WHEN 0 THEN 'hot' WHEN 1 THEN 'new' WHEN 2 THEN 'top&t=month' ELSE 'comments' END)
                FROM forums ORDER BY id
                """),
            ("user", "SELECT '/u/' || username FROM forum_users ORDER BY (id * 7919) % 2003 LIMIT 64"),
        ]
    }
}
