import Foundation
import Hummingbird
import Leaderboard
import Logging
import Vocabulary

/// `gauntlet review`: the report served from the leaderboard on loopback, each page
/// rendered when asked, so feedback saved through an episode page's form shows at once.
public struct ReviewServer: Sendable {
    public let leaderboard: Leaderboard
    /// The longest feedback form accepted, in bytes.
    static let maxBody = 64 * 1024

    public init(leaderboard: Leaderboard) {
        self.leaderboard = leaderboard
    }

    /// Serves on 127.0.0.1:`port` (0 picks one) until interrupted; `ready` gets the bound port.
    public func run(port: Int, ready: @escaping @Sendable (Int) -> Void) async throws {
        let pages = ReportSite.LivePages(leaderboard: leaderboard)
        let board = leaderboard
        let router = Router()
        router.get("/") { _, _ in try Self.html(pages.index()) }
        router.get("/index.html") { _, _ in try Self.html(pages.index()) }
        router.get("/style.css") { _, _ in Self.text(ReportSite.LivePages.css, type: "text/css; charset=utf-8") }
        router.get("/report.md") { _, _ in Self.text(MarkdownRenderer.report(try Report(leaderboard: board)), type: "text/markdown; charset=utf-8") }
        router.get("/report.json") { _, _ in Self.text(try JSONRenderer.report(try Report(leaderboard: board)), type: "application/json") }
        router.get("/runs/:file") { _, context in
            guard let file = context.parameters.get("file"), let page = try pages.run(file: file) else { return Self.notFound() }
            return Self.html(page)
        }
        router.get("/episodes/:file") { _, context in
            guard let id = context.parameters.get("file").flatMap(Self.episodeID), let page = try pages.episode(id: id) else { return Self.notFound() }
            return Self.html(page)
        }
        // Hummingbird wants one parameter name per path position: `:file` is the id here.
        router.post("/episodes/:file/feedback") { request, context in
            guard let id = context.parameters.get("file").flatMap({ Int64($0) }) else { return Self.notFound() }
            let body = try await request.body.collect(upTo: Self.maxBody)
            let form = FormFields(urlEncoded: String(buffer: body))
            do {
                try board.addFeedback(episodeID: id, author: form["author"] ?? "", text: form["text"] ?? "")
            } catch let error as LeaderboardError {
                return Self.text("feedback not saved: \(error)\n", type: "text/plain; charset=utf-8", status: .badRequest)
            }
            return Response(status: .seeOther, headers: [.location: "/episodes/\(id).html#feedback"])
        }
        var logger = Logger(label: "gauntlet.review")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { channel in ready(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }

    /// `12.html` → 12.
    static func episodeID(_ file: String) -> Int64? {
        file.hasSuffix(".html") ? Int64(file.dropLast(5)) : nil
    }

    static func html(_ page: String) -> Response {
        text(page, type: "text/html; charset=utf-8")
    }

    static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func notFound() -> Response {
        text("not found\n", type: "text/plain; charset=utf-8", status: .notFound)
    }
}
