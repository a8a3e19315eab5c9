/// The forum's tables (documented in docs/sandboxes.md; checkers query them by these names).
/// Names are unique across the world's sites, so one instance can hold the forum and the shop.
enum ForumSchema {
    /// Read-only catalogue, shared by all instances of a seed (schema `forum_catalog`).
    static let catalog = """
        CREATE TABLE forum_users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE, password TEXT NOT NULL, customer_id INTEGER, bio TEXT NOT NULL, joined_at TEXT NOT NULL);
        CREATE TABLE forums (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
            description TEXT NOT NULL, sidebar TEXT NOT NULL, owner_id INTEGER NOT NULL REFERENCES forum_users(id), created_at TEXT NOT NULL);
        CREATE TABLE forum_rules (forum_id INTEGER NOT NULL REFERENCES forums(id), position INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (forum_id, position));
        CREATE TABLE forum_moderators (forum_id INTEGER NOT NULL REFERENCES forums(id), user_id INTEGER NOT NULL REFERENCES forum_users(id),
            PRIMARY KEY (forum_id, user_id));
        CREATE TABLE seed_submissions (id INTEGER PRIMARY KEY, forum_id INTEGER NOT NULL, user_id INTEGER NOT NULL, title TEXT NOT NULL,
            url TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, upvotes INTEGER NOT NULL, downvotes INTEGER NOT NULL,
            sticky INTEGER NOT NULL, locked INTEGER NOT NULL, product_id INTEGER);
        CREATE INDEX seed_submissions_forum ON seed_submissions(forum_id, created_at);
        CREATE INDEX seed_submissions_user ON seed_submissions(user_id, created_at);
        CREATE INDEX seed_submissions_created ON seed_submissions(created_at);
        CREATE TABLE seed_comments (id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL, parent_id INTEGER, user_id INTEGER NOT NULL,
            body TEXT NOT NULL, created_at TEXT NOT NULL, upvotes INTEGER NOT NULL, downvotes INTEGER NOT NULL);
        CREATE INDEX seed_comments_submission ON seed_comments(submission_id);
        CREATE INDEX seed_comments_user ON seed_comments(user_id, created_at);
        CREATE VIRTUAL TABLE submissions_fts USING fts5(title, body, tokenize = 'porter unicode61');
        """

    /// Per-instance state (schema `main`): everything a request can change. NULL in a
    /// `*_changes` column means "as generated".
    static let instance = """
        CREATE TABLE forum_sessions (token TEXT PRIMARY KEY, user_id INTEGER, flash TEXT NOT NULL DEFAULT '', created_seq INTEGER NOT NULL);
        CREATE TABLE new_submissions (id INTEGER PRIMARY KEY, forum_id INTEGER NOT NULL, user_id INTEGER NOT NULL, title TEXT NOT NULL,
            url TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, upvotes INTEGER NOT NULL, downvotes INTEGER NOT NULL,
            sticky INTEGER NOT NULL, locked INTEGER NOT NULL, product_id INTEGER);
        CREATE TABLE new_comments (id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL, parent_id INTEGER, user_id INTEGER NOT NULL,
            body TEXT NOT NULL, created_at TEXT NOT NULL, upvotes INTEGER NOT NULL, downvotes INTEGER NOT NULL);
        CREATE INDEX new_comments_submission ON new_comments(submission_id);
        CREATE TABLE submission_changes (submission_id INTEGER PRIMARY KEY, title TEXT, url TEXT, body TEXT, edited_at TEXT,
            deleted_at TEXT, removed_at TEXT, removed_by INTEGER, locked INTEGER, sticky INTEGER);
        CREATE TABLE comment_changes (comment_id INTEGER PRIMARY KEY, body TEXT, edited_at TEXT, deleted_at TEXT, removed_at TEXT,
            removed_by INTEGER);
        CREATE TABLE votes (user_id INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('submission', 'comment')), target_id INTEGER NOT NULL,
            value INTEGER NOT NULL CHECK (value IN (-1, 1)), voted_at TEXT NOT NULL, PRIMARY KEY (user_id, kind, target_id));
        CREATE INDEX votes_target ON votes(kind, target_id);
        CREATE TABLE subscriptions (user_id INTEGER NOT NULL, forum_id INTEGER NOT NULL, subscribed_at TEXT NOT NULL,
            PRIMARY KEY (user_id, forum_id));
        CREATE INDEX subscriptions_forum ON subscriptions(forum_id);
        CREATE TABLE private_messages (id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL, recipient_id INTEGER NOT NULL, subject TEXT NOT NULL,
            body TEXT NOT NULL, sent_at TEXT NOT NULL);
        CREATE INDEX private_messages_recipient ON private_messages(recipient_id, sent_at);
        CREATE INDEX private_messages_sender ON private_messages(sender_id, sent_at);
        CREATE TABLE forum_bans (forum_id INTEGER NOT NULL, user_id INTEGER NOT NULL, reason TEXT NOT NULL, banned_by INTEGER NOT NULL,
            banned_at TEXT NOT NULL, PRIMARY KEY (forum_id, user_id));
        """

    /// New submissions and comments get ids from here, above every seeded id.
    static let firstNewID = 1_000_000

    /// The number of comments on submission `id` (an SQL expression naming its row), deleted and
    /// removed ones included: counted in the two tables' `submission_id` indexes, not through
    /// the `comments` view, which SQLite would materialise whole for every row asking.
    static func commentCount(of id: String) -> String {
        "((SELECT COUNT(*) FROM seed_comments WHERE submission_id = \(id)) + (SELECT COUNT(*) FROM main.new_comments WHERE submission_id = \(id)))"
    }

    /// Per-connection views: seeded and new rows with the instance's changes and votes applied.
    /// `score` is net votes; `deleted` (by the author) and `removed` (by a moderator) hide content.
    /// The instance's votes are summed per target in `temp.forum_vote_totals`, kept by triggers in the
    /// transaction of every vote, so a listing reads one row per submission instead of running
    /// subqueries over `votes` for each use of a score. Being `temp`, it is not part of the
    /// instance's state: each connection builds it from `votes` when it opens.
    static let connectionSetup = [
        """
        CREATE TEMP TABLE forum_vote_totals (kind TEXT NOT NULL, target_id INTEGER NOT NULL, upvotes INTEGER NOT NULL, downvotes INTEGER NOT NULL,
            PRIMARY KEY (kind, target_id)) WITHOUT ROWID
        """,
        "INSERT INTO temp.forum_vote_totals SELECT kind, target_id, SUM(value = 1), SUM(value = -1) FROM main.votes GROUP BY kind, target_id",
        """
        CREATE TEMP TRIGGER forum_vote_totals_insert AFTER INSERT ON main.votes BEGIN
            INSERT INTO forum_vote_totals VALUES (new.kind, new.target_id, new.value = 1, new.value = -1)
            ON CONFLICT (kind, target_id) DO UPDATE SET upvotes = upvotes + excluded.upvotes, downvotes = downvotes + excluded.downvotes;
        END
        """,
        """
        CREATE TEMP TRIGGER forum_vote_totals_delete AFTER DELETE ON main.votes BEGIN
            UPDATE forum_vote_totals SET upvotes = upvotes - (old.value = 1), downvotes = downvotes - (old.value = -1)
            WHERE kind = old.kind AND target_id = old.target_id;
        END
        """,
        """
        CREATE TEMP TRIGGER forum_vote_totals_update AFTER UPDATE ON main.votes BEGIN
            UPDATE forum_vote_totals SET upvotes = upvotes - (old.value = 1), downvotes = downvotes - (old.value = -1)
            WHERE kind = old.kind AND target_id = old.target_id;
            INSERT INTO forum_vote_totals VALUES (new.kind, new.target_id, new.value = 1, new.value = -1)
            ON CONFLICT (kind, target_id) DO UPDATE SET upvotes = upvotes + excluded.upvotes, downvotes = downvotes + excluded.downvotes;
        END
        """,
        """
        CREATE TEMP VIEW submissions AS
        SELECT s.id, s.forum_id, s.user_id, COALESCE(c.title, s.title) AS title, COALESCE(c.url, s.url) AS url,
            COALESCE(c.body, s.body) AS body, s.created_at, c.edited_at,
            c.deleted_at IS NOT NULL AS deleted, c.removed_at IS NOT NULL AS removed,
            COALESCE(c.locked, s.locked) AS locked, COALESCE(c.sticky, s.sticky) AS sticky, s.product_id,
            s.upvotes + COALESCE(v.upvotes, 0) AS upvotes, s.downvotes + COALESCE(v.downvotes, 0) AS downvotes
        FROM (SELECT * FROM seed_submissions UNION ALL SELECT * FROM main.new_submissions) s
        LEFT JOIN main.submission_changes c ON c.submission_id = s.id
        LEFT JOIN temp.forum_vote_totals v ON v.kind = 'submission' AND v.target_id = s.id
        """,
        """
        CREATE TEMP VIEW comments AS
        SELECT m.id, m.submission_id, m.parent_id, m.user_id, COALESCE(c.body, m.body) AS body, m.created_at, c.edited_at,
            c.deleted_at IS NOT NULL AS deleted, c.removed_at IS NOT NULL AS removed,
            m.upvotes + COALESCE(v.upvotes, 0) AS upvotes, m.downvotes + COALESCE(v.downvotes, 0) AS downvotes
        FROM (SELECT * FROM seed_comments UNION ALL SELECT * FROM main.new_comments) m
        LEFT JOIN main.comment_changes c ON c.comment_id = m.id
        LEFT JOIN temp.forum_vote_totals v ON v.kind = 'comment' AND v.target_id = m.id
        """,
    ]
}
