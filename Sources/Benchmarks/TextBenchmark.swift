import GauntletTesting
import ObservationTree
import SandboxKit

/// `gauntlet bench text`: how varied a site's prose is, read as a new user reads it.
///
/// A breadth-first crawl from the home page over the sandbox's own origin (GET links only,
/// in document order, first visit wins) on a real loopback host. The prose is the text of the
/// paragraphs in each page's `main` landmark, split into sentences that end in `.`, `!` or `?`:
/// the header and footer every page repeats, and labels with no full stop (a card's "★ 4.0 out
/// of 5 (2 reviews)", a "Sign in to write a review" link), are the site's furniture, not its
/// writing. The `page_` figures count every paragraph of the page and its unterminated labels
/// too, as issue #19 first measured. Templated text shows as few distinct sentences and a few
/// three-word openings starting most of them.
public struct TextBenchmark: Sendable {
    public var sandbox: any Sandbox
    /// Pages fetched at most.
    public var pages: Int
    public var seed: UInt64

    public init(sandbox: any Sandbox, pages: Int, seed: UInt64 = 1) {
        self.sandbox = sandbox
        self.pages = pages
        self.seed = seed
    }

    public func run() async throws -> BenchmarkReport {
        let name = sandbox.name
        let host = try await SandboxHost(sandboxes: [sandbox], defaultSeed: seed, poolSize: 0)
        let port = try await host.start()
        let instance = try await host.makeInstance(sandboxes: [name], seed: seed)
        let limit = pages
        let crawled: [String]
        do {
            crawled = try await BlockingThreads.run {
                let client = LoopbackHTTPClient(port: port, hostName: "\(name).localhost", instanceID: instance)
                return try Self.crawl(client, limit: limit)
            }
        } catch {
            await host.stop()
            throw error
        }
        await host.stop()
        let prose = SentenceStats(paragraphs: crawled.flatMap { Self.paragraphs($0, mainOnly: true) }, terminatedOnly: true)
        let page = SentenceStats(paragraphs: crawled.flatMap { Self.paragraphs($0, mainOnly: false) }, terminatedOnly: false)
        let figures: [(String, String)] = [
            ("pages", String(crawled.count)),
            ("sentences", String(prose.sentences.count)),
            ("distinct_sentence_share", Stats.format(prose.distinctShare)),
            ("top20_opening_share", Stats.format(prose.topOpeningShare(20))),
            ("vocabulary_size", String(prose.vocabularySize)),
            ("page_sentences", String(page.sentences.count)),
            ("page_distinct_sentence_share", Stats.format(page.distinctShare)),
            ("page_top20_opening_share", Stats.format(page.topOpeningShare(20))),
        ]
        let body = figures.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n")
        return BenchmarkReport(
            json: "{\n\"sandbox\": \"\(name)\",\n\"seed\": \(seed),\n\(body)\n}\n",
            text: figures.map { "\($0.0.padding(toLength: 30, withPad: " ", startingAt: 0)) \($0.1)\n" }.joined())
    }

    /// Bodies of the pages reached breadth first from `/`, in visiting order. A page that does
    /// not answer 200 is skipped (and counts toward the limit, as a visit).
    static func crawl(_ client: LoopbackHTTPClient, limit: Int) throws -> [String] {
        var queue = ["/"]
        var seen: Set<String> = ["/"]
        var next = 0
        var bodies: [String] = []
        while next < queue.count, next < limit {
            let path = queue[next]
            next += 1
            let response = try client.get(path)
            guard response.status == 200 else { continue }
            bodies.append(response.body)
            let tree = ObservationTree.html(response.body)
            for node in tree.nodes where node.role == .link {
                guard let link = node.href.flatMap(Self.sameOrigin), !seen.contains(link) else { continue }
                seen.insert(link)
                queue.append(link)
            }
        }
        return bodies
    }

    /// A link's path on the crawled origin, without its fragment; nil for another origin, a
    /// static file or a non-HTTP scheme.
    static func sameOrigin(_ href: String) -> String? {
        var link = href
        if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
        guard link.hasPrefix("/"), !link.hasPrefix("//"), !link.hasPrefix("/static/") else { return nil }
        return link
    }

    /// The text of the paragraphs of a page (of its `main` landmark only, if `mainOnly`), in
    /// document order (nested paragraphs counted once).
    static func paragraphs(_ html: String, mainOnly: Bool) -> [String] {
        let tree = ObservationTree.html(html, limits: TextLimits(name: 100_000, text: 100_000, value: 100_000))
        var result: [String] = []
        var index = 0
        var mainEnd = mainOnly ? 0 : tree.nodes.count
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            if node.role == .main { mainEnd = max(mainEnd, node.subtreeEnd) }
            guard node.role == .paragraph, index < mainEnd else {
                index += 1
                continue
            }
            var parts: [String] = []
            for inner in (index + 1)..<node.subtreeEnd where tree.nodes[inner].role == .staticText {
                parts.append(tree.nodes[inner].name)
            }
            result.append(parts.joined(separator: " "))
            index = node.subtreeEnd
        }
        return result
    }
}
