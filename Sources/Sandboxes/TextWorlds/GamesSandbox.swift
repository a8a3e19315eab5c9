import GRDB
import SandboxKit
import Worlds

/// The text games served over HTTP (docs/textgames.md, "Serving").
///
/// `GET /play/<family>/<id>` answers the screen XML of the game's current state in the
/// instance (the game starts from its generated state on first visit); `POST` of the same
/// path with `command=<text>` applies one command and answers 303 back to the GET (or,
/// with `?respond=screen`, 200 with the new screen: one request per step);
/// `/play/<family>/<id>/text` is the same game as plain text, and `/play/<family>/<id>/html`
/// a page a person plays in a browser (GamePage). The instance's `games` and
/// `moves` tables are the record; the worlds in memory are a cache of them.
public struct GamesSandbox: PlayableSandbox {
    public let name = "games"
    public let title = "Text games"
    public let dataVersion = 1
    public let connectionSetupSQL: [String] = []
    /// A game's record is its session: every move changes it.
    public let sessionTables = ["games", "moves"]
    public var world: any EpisodeWorld { TextGameWorld() }
    /// The command that declares a game infeasible; what is missing follows it
    /// (`declareInfeasible(naming:)`).
    public static let declareInfeasibleCommand = "declare infeasible"

    /// What `TextGameSession` posts for an `infeasible` answer: the command and the
    /// answer's value, the thing the agent says is missing (bare without one, which loses).
    public static func declareInfeasible(naming missing: String) -> String {
        guard !missing.isEmpty else { return declareInfeasibleCommand }
        return declareInfeasibleCommand + " " + missing
    }
    let cache: GameCache
    /// `POST /play/<family>/<id>?respond=screen` answers 200 with the new screen instead of
    /// the 303: one request per step for `TextGameSession`, which has no use for the redirect.
    public static let respondField = "respond"
    public static let respondWithScreen = "screen"
    /// The views of a game besides the screen XML: `/text` for agents that read text,
    /// `/html` for people (GamePage).
    static let views: Set = ["text", "html"]

    public init() {
        cache = GameCache()
    }

    public func buildCatalog(_ db: Database, seed: UInt64) throws {
        // Worlds come from the key in the path, not from the seed: nothing is shared.
    }

    public func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try db.execute(sql: """
            CREATE TABLE games (
                key TEXT PRIMARY KEY,
                family TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('playing', 'won', 'lost')),
                moves INTEGER NOT NULL,
                subgoals_total INTEGER NOT NULL,
                subgoals_reached INTEGER NOT NULL,
                declared_infeasible INTEGER NOT NULL,
                places_total INTEGER NOT NULL,
                places_searched INTEGER NOT NULL
            );
            CREATE TABLE moves (
                key TEXT NOT NULL,
                n INTEGER NOT NULL,
                command TEXT NOT NULL,
                ok INTEGER NOT NULL,
                reason TEXT,
                PRIMARY KEY (key, n)
            );
            """)
    }

    public func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if request.path == "/" {
            guard !request.isPost else { return .text("nothing to post here; play at /play/<family>/<id>", status: 405) }
            return .html(try context.templates.render("index", indexData(context)))
        }
        // "", "play", family, id [, "text" | "html"]
        guard parts.count == 4 || (parts.count == 5 && Self.views.contains(parts[4])), parts[0].isEmpty, parts[1] == "play" else {
            return .text("no such page: \(request.path) (games are at /play/<family>/<id>, …/text and …/html)", status: 404)
        }
        let view = parts.count == 5 ? parts[4] : ""
        let key: GameKey
        let text: String
        do {
            guard let family = Family(rawValue: parts[2]) else {
                throw GameKeyError("unknown family '\(parts[2])' (known: \(Family.allCases.map(\.rawValue).sorted().joined(separator: ", ")))")
            }
            let id = Self.percentDecoded(parts[3])
            key = try cache.key(family, id)
            // Parsing succeeded, so the id in the path is the canonical one: `key.text`, unrecomputed.
            text = family.rawValue + "/" + id
        } catch {
            return .text("not a game: \(error)", status: 404)
        }
        let command: String?
        if request.isPost {
            guard let typed = request.form["command"] else {
                return .text("POST needs the form field command=<text>", status: 400)
            }
            // An empty box submitted from the page is not a move.
            command = view == "html" && typed.allSatisfy(\.isWhitespace) ? nil : typed
        } else if request.method == "GET" || request.method == "HEAD" {
            command = nil
        } else {
            return .text("method \(request.method) is not allowed; GET the screen, POST command=<text>", status: 405)
        }
        let world: World
        do {
            world = try play(key, text: text, command: command, context: context).world
        } catch let error as GenerationError {
            return .text("this game cannot be generated: \(error)", status: 404)
        }
        if request.isPost && request.query[Self.respondField] != Self.respondWithScreen {
            return .redirect(to: context.url("/play/\(text)" + (view.isEmpty ? "" : "/" + view)))
        }
        switch view {
        case "text": return .text(world.renderText(), status: 200)
        case "html":
            let page = GamePage(world: world, key: text, path: context.url("/play/\(text)"), index: context.url("/"))
            return .html(try context.templates.render("game", page.data()))
        default: break
        }
        return SandboxResponse(status: 200, headers: [("Content-Type", "application/xml; charset=utf-8")], body: Array(world.screenXML().utf8))
    }

    /// The game's current world in this instance, after applying `command` when given.
    /// Reads and writes happen in one transaction on the instance's serial connection, so
    /// concurrent requests to one instance apply commands one at a time.
    ///
    /// The connection is used synchronously (GRDB runs the block on this thread, under the
    /// queue's lock), not through `SandboxContext.transaction`'s async hop: a step's
    /// transaction takes tens of microseconds, less than the two thread switches the hop
    /// costs, and one agent plays one instance, so the wait for the lock is nearly never.
    func play(_ key: GameKey, text: String, command: String?, context: SandboxContext) throws -> GameSession {
        let connection = context.db
        let cache = self.cache
        return try connection.writeWithoutTransaction { db in
            var session: GameSession?
            // DEFERRED, as `SandboxContext.transaction`: no write lock on anything attached.
            try db.inTransaction(.deferred) {
                session = try Self.play(db, key: key, text: text, command: command, connection: connection, cache: cache)
                return .commit
            }
            guard let session else { throw SandboxError.sqlite("the game's transaction produced no result") }
            return session
        }
    }

    private static func play(_ db: Database, key: GameKey, text: String, command: String?, connection: DatabaseQueue,
                             cache: GameCache) throws -> GameSession {
        var game: GameSession
        // Cached statements: a step is three statements, and parsing SQL each time showed in profiles.
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT moves FROM games WHERE key = ?"), arguments: [text]) {
            let moves: Int = row[0]
            if let cached = cache.session(connection, text, moves: moves) {
                game = cached
            } else {
                game = try Self.replay(db, key: key, cache: cache)
                guard game.world.moves == moves else {
                    throw SandboxError.sqlite("games.moves is \(moves) but moves holds \(game.world.moves) rows for \(text)")
                }
            }
        } else {
            game = GameSession(try cache.pristine(key).world)
            try Self.save(db, key: key, text: text, game: game, insert: true)
        }
        if let command {
            let feedback = game.apply(command)
            try db.cachedStatement(sql: "INSERT INTO moves (key, n, command, ok, reason) VALUES (?, ?, ?, ?, ?)").execute(
                arguments: [text, game.world.moves, command, feedback.ok ? 1 : 0, feedback.reason?.rawValue])
            try Self.save(db, key: key, text: text, game: game, insert: false)
        }
        cache.store(game, connection, text)
        return game
    }

    /// Rebuilds a game from its pristine world and its recorded commands.
    static func replay(_ db: Database, key: GameKey, cache: GameCache) throws -> GameSession {
        var game = GameSession(try cache.pristine(key).world)
        let commands = try String.fetchAll(db, sql: "SELECT command FROM moves WHERE key = ? ORDER BY n", arguments: [key.text])
        for command in commands { game.apply(command) }
        return game
    }

    static func save(_ db: Database, key: GameKey, text: String, game: GameSession, insert: Bool) throws {
        let world = game.world
        let status = world.isWon ? "won" : world.isLost ? "lost" : "playing"
        let declared = world.state.declaredInfeasible ? 1 : 0
        if insert {
            try db.execute(
                sql: """
                    INSERT INTO games (key, family, status, moves, subgoals_total, subgoals_reached, declared_infeasible,
                                       places_total, places_searched)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [text, key.family.rawValue, status, world.moves, world.subgoals.count, world.subgoalsReached, declared,
                            game.coverage.total, game.coverage.searched])
        } else {
            try db.cachedStatement(sql: """
                    UPDATE games SET status = ?, moves = ?, subgoals_reached = ?, declared_infeasible = ?, places_searched = ?
                    WHERE key = ?
                    """).execute(arguments: [status, world.moves, world.subgoalsReached, declared, game.coverage.searched, text])
        }
    }

    func indexData(_ context: SandboxContext) -> [String: Any] {
        let families: [[String: Any]] = Family.allCases.sorted().map { family in
            let example = GameKey(family: family, split: .train, seed: 1, knobs: .preset(.easy, for: family))
            let path = context.url("/play/\(example.text)")
            return ["name": family.rawValue, "href": path + "/html", "text": path + "/text", "xml": path, "key": example.text]
        }
        return ["families": families, "declare": Self.declareInfeasibleCommand]
    }

    /// Decodes `%XX` escapes (a client may escape `~`); malformed escapes stay as they are.
    static func percentDecoded(_ s: String) -> String {
        guard s.contains("%") else { return s }
        var bytes: [UInt8] = []
        let utf8 = Array(s.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count, let v = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(v)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
