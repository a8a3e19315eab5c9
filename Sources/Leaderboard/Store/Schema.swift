/// The leaderboard's tables, built by named migrations that SQLite and PostgreSQL both
/// apply. A migration, once released, is never edited: a change of schema is a new entry
/// appended to `migrations`, written in the portable SQL described at `Migration`.
enum Schema {
    /// The last migration of this build; `Leaderboard.schemaVersion` reports what a database has.
    static var currentVersion: String { migrations[migrations.count - 1].identifier }

    static let migrations: [Migration] = [
        Migration("v1", """
            CREATE TABLE runs (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                agent_command TEXT NOT NULL,
                agent_name TEXT,
                agent_version TEXT,
                agent_sha256 TEXT NOT NULL,
                harness_version TEXT NOT NULL,
                config_json TEXT NOT NULL,
                seed INTEGER NOT NULL,
                epochs INTEGER NOT NULL CHECK (epochs >= 1),
                network_mode TEXT NOT NULL,
                machine_hostname TEXT NOT NULL,
                machine_cores INTEGER NOT NULL,
                machine_os TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted'))
            );
            CREATE TABLE run_suites (
                run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                suite TEXT NOT NULL,
                version TEXT NOT NULL,
                checksum TEXT NOT NULL,
                PRIMARY KEY (run_id, suite)
            );
            CREATE TABLE episodes (
                id INTEGER PRIMARY KEY,
                run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                task_id TEXT NOT NULL,
                suite TEXT NOT NULL,
                template TEXT,
                split TEXT,
                revision INTEGER NOT NULL,
                task_checksum TEXT NOT NULL,
                seed INTEGER NOT NULL,
                epoch INTEGER NOT NULL CHECK (epoch >= 0),
                attempt INTEGER NOT NULL CHECK (attempt >= 1),
                status TEXT NOT NULL CHECK (status IN ('success', 'failure', 'step_limit', 'timeout',
                    'agent_error', 'protocol_error', 'sandbox_error')),
                score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
                progress REAL CHECK (progress >= 0 AND progress <= 1),
                steps INTEGER NOT NULL CHECK (steps >= 0),
                wall_ms INTEGER NOT NULL,
                input_tokens INTEGER,
                output_tokens INTEGER,
                cost_usd REAL,
                answer_status TEXT,
                answer_value TEXT,
                reason TEXT NOT NULL,
                stderr_tail TEXT NOT NULL,
                final_url TEXT,
                checker_results_json TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                UNIQUE (run_id, task_id, epoch, seed, attempt)
            );
            CREATE INDEX episodes_by_suite ON episodes(suite, run_id);
            -- Large per-episode data lives apart, so scans of episodes never page through it.
            CREATE TABLE episode_artifacts (
                episode_id INTEGER PRIMARY KEY NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                final_state BLOB,
                request_log_json TEXT NOT NULL
            );
            CREATE TABLE episode_metrics (
                episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                value REAL NOT NULL,
                PRIMARY KEY (episode_id, name)
            );
            CREATE TABLE observations (
                hash TEXT PRIMARY KEY NOT NULL,
                text TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE steps (
                episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL CHECK (idx >= 0),
                observation_hash TEXT NOT NULL REFERENCES observations(hash),
                action TEXT NOT NULL,
                thought TEXT,
                error TEXT,
                latency_us INTEGER NOT NULL,
                url TEXT,
                PRIMARY KEY (episode_id, idx)
            );
            """),
        // Learning streams: whether a run fed one persistent agent an ordered stream of
        // episodes, each episode's position in that stream, and which agent process (1 for
        // the first, counting restarts after a crash) played it.
        Migration("v2-streams", """
            ALTER TABLE runs ADD COLUMN mode TEXT NOT NULL DEFAULT 'episode' CHECK (mode IN ('episode', 'stream'));
            ALTER TABLE episodes ADD COLUMN stream_index INTEGER CHECK (stream_index >= 0);
            ALTER TABLE episodes ADD COLUMN agent_process INTEGER CHECK (agent_process >= 1);
            """),
        // Episode pages: the goal the agent saw, the key nodes with the step that reached
        // each (JSON list), and the row-level diff of the final state against the initial
        // one (JSON), computed at record time because the initial state is not stored.
        Migration("v3-episode-pages", """
            ALTER TABLE episodes ADD COLUMN goal TEXT;
            ALTER TABLE episodes ADD COLUMN key_nodes_json TEXT;
            ALTER TABLE episodes ADD COLUMN state_diff_json TEXT;
            """),
        // The steps each episode was allowed: a task's own limit applies unless the run
        // overrides it, so the limit differs per episode and a report must say which held.
        Migration("v4-step-limits", """
            ALTER TABLE episodes ADD COLUMN step_limit INTEGER CHECK (step_limit >= 1);
            """),
        // Induced metrics (docs/metrics.md): people's feedback on episodes, versioned metric
        // sets (their JSON, with coverage and redundancy once evaluated), the traits judges
        // gave episodes (a rating, or the error that kept a judge from giving one), and the
        // judge calls with their tokens and cost, whose answers are cached by content hash.
        Migration("v5-induced-metrics", """
            CREATE TABLE feedback (
                id TEXT PRIMARY KEY NOT NULL,
                episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX feedback_by_episode ON feedback(episode_id);
            CREATE TABLE metric_sets (
                name TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version >= 1),
                judge TEXT NOT NULL,
                set_json TEXT NOT NULL,
                coverage REAL CHECK (coverage >= 0 AND coverage <= 1),
                redundancy REAL CHECK (redundancy >= 0 AND redundancy <= 1),
                created_at TEXT NOT NULL,
                PRIMARY KEY (name, version)
            );
            CREATE TABLE episode_traits (
                episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
                metric_set TEXT NOT NULL,
                set_version INTEGER NOT NULL,
                metric TEXT NOT NULL,
                judge TEXT NOT NULL,
                rating INTEGER CHECK (rating IN (-1, 0, 1)),
                reasoning TEXT NOT NULL,
                steps_json TEXT NOT NULL,
                error TEXT,
                CHECK ((rating IS NULL AND error IS NOT NULL) OR (rating IS NOT NULL AND error IS NULL)),
                PRIMARY KEY (episode_id, metric_set, set_version, metric)
            );
            CREATE TABLE judge_cache (
                cache_key TEXT PRIMARY KEY NOT NULL,
                judge TEXT NOT NULL,
                response_json TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE judge_calls (
                session TEXT NOT NULL,
                seq INTEGER NOT NULL,
                purpose TEXT NOT NULL,
                judge TEXT NOT NULL,
                cache_key TEXT NOT NULL,
                cached INTEGER NOT NULL CHECK (cached IN (0, 1)),
                attempts INTEGER NOT NULL,
                input_tokens INTEGER,
                output_tokens INTEGER,
                cost_usd REAL,
                error TEXT,
                called_at TEXT NOT NULL,
                PRIMARY KEY (session, seq)
            );
            """),
    ]
}
