import AgentProtocol
import AgentRunner
import ObservationTree

/// Every default of the harness and the command-line tool, in one place. Lower modules take
/// these as parameters; help texts print them from here; and the defaults tables in docs/
/// (a `setting` column naming the member, a `default` column giving the value) are checked
/// against them by a test, so code, help and docs cannot disagree.
public enum Defaults {
    /// `gauntlet run`.
    public enum Run {
        public static let suite = "shop"
        public static let epochs = 1
        public static let concurrency = 4
        public static let seed: UInt64 = 1
        /// Steps per episode when neither the task nor its suite sets fewer.
        public static let steps = 30
        public static let stepSeconds = 60.0
        public static let episodeSeconds = 300.0
        /// From the agent's start to its `ready`.
        public static let handshakeSeconds = 30.0

        public static var limits: EpisodeLimits {
            EpisodeLimits(steps: steps, stepSeconds: stepSeconds, episodeSeconds: episodeSeconds)
        }
    }

    /// `gauntlet verify`: the oracle, do-nothing and random players.
    public enum Verify {
        public static let concurrency = 4
        /// Tighter than a run's: verify's own players answer at once or never.
        public static let stepSeconds = 30.0

        public static var limits: EpisodeLimits {
            EpisodeLimits(steps: Run.steps, stepSeconds: stepSeconds, episodeSeconds: Run.episodeSeconds)
        }
    }

    /// Resource limits of every agent process (docs/protocol.md §7).
    public enum Agent {
        public static let cpuSeconds = 600
        public static let addressSpaceMiB: UInt64 = 4096
        public static let fileSizeMiB: UInt64 = 256
        public static let openFiles = 256
        public static let processes = 128
        public static let memoryMiB: UInt64 = 2048
        public static let scratchMiB: UInt64 = 256

        public static var limits: ResourceLimits {
            ResourceLimits(cpuSeconds: cpuSeconds, addressSpaceBytes: addressSpaceMiB << 20, fileSizeBytes: fileSizeMiB << 20,
                           openFiles: openFiles, processes: processes, memoryBytes: memoryMiB << 20, scratchBytes: scratchMiB << 20)
        }
    }

    /// Paths relative to `$GAUNTLET_HOME`, else to the current directory.
    public enum Paths {
        public static let leaderboard = "leaderboard/gauntlet.sqlite"
        /// Where `gauntlet report` publishes the site.
        public static let report = "leaderboard/site"
        public static let tasks = "tasks"
        public static let sandboxes = "sandboxes"
        public static let agents = "examples/agents"
    }

    /// Instances the sandbox host keeps prepared per (sandboxes, seed), so an episode's
    /// instance is ready at once.
    public enum PoolSize {
        /// `gauntlet run` keeps one per concurrent episode, and at least this many.
        public static let run = 2
        public static let verify = 2
        /// `serve`, `browse` and `rescore`: one person or one episode at a time.
        public static let single = 1
        /// `bench sandbox`'s readiness figures draw from this pool.
        public static let bench = 16
    }

    /// `gauntlet serve` and `browse`.
    public enum Serve {
        public static let port = 8080
        /// Of the default instance's generated data.
        public static let seed: UInt64 = 1
        /// Where each tree is cut in `browse`: where an agent's observation is cut.
        public static let maxCharacters = TextRenderer.Budget.standard.characters
    }

    /// `gauntlet env-server` (docs/env-server.md).
    public enum EnvServer {
        /// OpenEnv servers' usual port.
        public static let port = 8000
        /// Sessions at once, WebSocket and HTTP together.
        public static let maxSessions = 256
        /// A session with no message for this long is closed.
        public static let idleSeconds = 600.0
        /// Instances kept ready per (sandboxes, seed).
        public static let poolSize = 4
    }

    /// `gauntlet tasks generate` without `--standard`.
    public enum Generate {
        public static let count = 10
        public static let seed: UInt64 = 1
        public static let difficulty = "medium"
    }

    /// `gauntlet bench`.
    public enum Bench {
        public static let observeIterations = 60
        public static let protocolIterations = 20_000
        public static let protocolSpawns = 15
        public static let sandbox = "shop"
        public static let sandboxInstances = 300
        public static let sandboxRequests = 1_000
        public static let sandboxLiveInstances = 256
        public static let textgameSteps = 200_000
        public static let textgameTasks = 20
        public static let textgameHarnessSteps = 5_000
        public static let phoneInstances = 300
        public static let phoneSteps = 2_000
        public static let leaderboardEpisodes = 500
        public static let leaderboardSteps = 20
    }

    /// Judges of induced metrics (`gauntlet metrics`, docs/metrics.md).
    public enum Judge {
        /// Calls in flight at once.
        public static let concurrency = 4
        /// Seconds per call (a process judge is killed past it; an HTTP request gives up).
        public static let timeoutSeconds = 120.0
        /// Times a call is asked when its answer is unusable (not JSON, wrong schema, out of range, timed out).
        public static let attempts = 3
        /// HTTP requests per call on 429 and 5xx, the first included.
        public static let httpAttempts = 4
        /// The first backoff after a 429 or 5xx; doubled for each retry (GAUNTLET_JUDGE_BACKOFF_MS overrides it).
        public static let backoffMilliseconds = 1000
        /// Characters of each step's observation a judge is shown.
        public static let observationCharacters = 4000
        /// Rounds of clustering at most; induction stops earlier when coverage stops rising.
        public static let iterations = 3
        /// The name induced metric sets get unless told.
        public static let metricSet = "induced"
    }

    /// `gauntlet review`.
    public enum Review {
        /// 0 picks a free port.
        public static let port = 8090
    }
}
