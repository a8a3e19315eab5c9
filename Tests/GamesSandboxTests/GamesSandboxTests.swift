import Foundation
import GauntletTesting
import ObservationTree
import SandboxKit
import Testing
import TextWorlds

@Suite struct GamesHTTPTests {
    static let heat = GameKey(family: .household, split: .train, seed: 7, knobs: Knobs(taskType: .heatThenPlace))

    static func task(_ key: GameKey) throws -> GeneratedTask {
        try TaskGenerator.generate(key.family, seed: key.seed, split: key.split, knobs: key.knobs)
    }

    @Test func screenIsXMLThatParsesIntoAnObservationTree() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = Self.heat
        let response = try await BlockingThreads.run { try Player(port: port, instance: id, key: key).screen() }
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/xml; charset=utf-8")
        let expected = try Self.task(key).world.screenXML()
        #expect(response.body == expected)
        let tree = try ObservationTree.xml(response.body)
        #expect(tree.root?.role.rawValue == "main")
        #expect(tree.root?.name == "household game")
        #expect(tree.nodes.contains { $0.role.rawValue == "option" && !$0.name.isEmpty })
        #expect(tree.nodes.contains { $0.role.rawValue == "paragraph" && $0.name.hasPrefix("Your task is to:") })
        // The first visit creates the game's row, at move 0.
        let rows = try await host.rows(id, "SELECT family, status, moves, subgoals_total, subgoals_reached, declared_infeasible FROM games")
        #expect(rows == [[.text("household"), .text("playing"), .integer(0), .integer(3), .integer(0), .integer(0)]])
    }

    @Test func postAppliesOneCommandAndRedirectsToTheScreen() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = Self.heat
        let (post, page, bad) = try await BlockingThreads.run {
            let player = Player(port: port, instance: id, key: key)
            let (post, page) = try player.say("fly to the moon")
            let bad = try player.client.post(player.path, form: [("cmd", "look")])
            return (post, page, bad)
        }
        #expect(post.status == 303)
        #expect(post.header("Location") == "/play/\(key.text)")
        #expect(page.status == 200)
        #expect(page.body.contains("value=\"unknownVerb\""))
        #expect(bad.status == 400)
        let moves = try await host.rows(id, "SELECT key, n, command, ok, reason FROM moves")
        #expect(moves == [[.text(key.text), .integer(1), .text("fly to the moon"), .integer(0), .text("unknownVerb")]])
        let game = try await host.rows(id, "SELECT status, moves FROM games WHERE key = '\(key.text)'")
        #expect(game == [[.text("playing"), .integer(1)]])
    }

    @Test func aPersonPlaysTheHTMLPageWithAFormAndTheXMLStaysAsItWas() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = Self.heat
        let (first, post, page, empty, xml) = try await BlockingThreads.run {
            let player = Player(port: port, instance: id, key: key)
            let first = try player.client.get(player.path + "/html")
            let (post, page) = try player.client.submit(player.path + "/html", form: [("command", "look")])
            let empty = try player.client.post(player.path + "/html", form: [("command", "  ")])
            return (first, post, page, empty, try player.screen())
        }
        #expect(first.status == 200)
        #expect(first.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(first.body.contains("<form class=\"play\" method=\"post\" action=\"/play/\(key.text)/html\">"))
        #expect(first.body.contains("<input id=\"command\" name=\"command\""))
        #expect(first.body.contains("<button name=\"command\" value=\"look\">look</button>"))
        #expect(first.body.contains("move 0"))
        #expect(post.status == 303)
        #expect(post.header("Location") == "/play/\(key.text)/html")
        #expect(page.body.contains("move 1"))
        // An empty box is no move; the page comes back unchanged.
        #expect(empty.status == 303)
        #expect(try await host.rows(id, "SELECT n, command FROM moves") == [[.integer(1), .text("look")]])
        // Agents' XML is untouched by the page.
        #expect(xml.header("Content-Type") == "application/xml; charset=utf-8")
        #expect(xml.body.hasPrefix("<screen role=\"main\""))
    }

    @Test func postWithRespondScreenAnswersTheNewScreenInOneRequest() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let key = Self.heat
        let a = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let b = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let (inline, redirected, inlineText) = try await BlockingThreads.run {
            let one = Player(port: port, instance: a, key: key)
            let two = Player(port: port, instance: b, key: key)
            let inline = try one.client.post(one.path + "?respond=screen", form: [("command", "look")])
            let redirected = try two.say("look").page
            let inlineText = try one.client.post(one.path + "/text?respond=screen", form: [("command", "inventory")])
            return (inline, redirected, inlineText)
        }
        #expect(inline.status == 200)
        #expect(inline.header("Location") == nil)
        #expect(inline.header("Content-Type") == "application/xml; charset=utf-8")
        // Byte for byte the screen the redirect leads to, after the same move.
        #expect(inline.body == redirected.body)
        #expect(inlineText.status == 200)
        #expect(inlineText.header("Content-Type")?.hasPrefix("text/plain") == true)
        #expect(try await host.rows(a, "SELECT n, command FROM moves ORDER BY n") == [[.integer(1), .text("look")], [.integer(2), .text("inventory")]])
    }

    @Test func theOracleWinsOverHTTP() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        for family in Family.allCases.sorted() {
            let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
            let key = GameKey(family: family, split: .test, seed: 3, knobs: .preset(.medium, for: family))
            let task = try Self.task(key)
            let oracle = task.description.oracle
            let last = try await BlockingThreads.run {
                let player = Player(port: port, instance: id, key: key)
                var page = try player.screen()
                for command in oracle { page = try player.say(command).page }
                return page
            }
            let tree = try ObservationTree.xml(last.body)
            #expect(tree.root?.customStates == ["won"] || last.body.contains("state=\"won\""), "\(family)")
            let rows = try await host.rows(id, "SELECT status, moves, subgoals_reached = subgoals_total FROM games")
            #expect(rows == [[.text("won"), .integer(Int64(oracle.count)), .integer(1)]], "\(family)")
            let ok = try await host.rows(id, "SELECT count(*) FROM moves WHERE ok = 1")
            #expect(ok == [[.integer(Int64(oracle.count))]])
        }
    }

    @Test func declaringInfeasibleWinsAnInfeasibleGameAndLosesAFeasibleOne() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let unnamed = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let impossible = GameKey(family: .crafting, split: .train, seed: 2, knobs: Knobs(minPlanLength: 1, infeasible: true))
        let possible = GameKey(family: .crafting, split: .train, seed: 2, knobs: Knobs())
        let command = GamesSandbox.declareInfeasible(naming: try #require(try Self.task(impossible).world.layout.missing))
        _ = try await BlockingThreads.run {
            _ = try Player(port: port, instance: id, key: impossible).say(command)
            _ = try Player(port: port, instance: unnamed, key: impossible).say(GamesSandbox.declareInfeasible(naming: ""))
            return try Player(port: port, instance: id, key: possible).say(command).page
        }
        let sql = "SELECT key, status, declared_infeasible FROM games ORDER BY key"
        #expect(possible.text < impossible.text)
        #expect(try await host.rows(id, sql) == [
            [.text(possible.text), .text("lost"), .integer(1)],
            [.text(impossible.text), .text("won"), .integer(1)],
        ])
        // Declaring without naming what is missing loses even an infeasible game.
        #expect(try await host.rows(unnamed, sql) == [[.text(impossible.text), .text("lost"), .integer(1)]])
    }

    @Test func anInfeasibleGameCountsThePlacesSearched() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        var knobs = Knobs.preset(.medium, for: .exploration)
        knobs.infeasible = true
        knobs.minPlanLength = 1
        let key = GameKey(family: .exploration, split: .test, seed: 11, knobs: knobs)
        let world = try Self.task(key).world
        let plan = try #require(SearchCoverage.searchPlan(world))
        let declaration = GamesSandbox.declareInfeasible(naming: try #require(world.layout.missing))
        let guesser = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let searcher = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        _ = try await BlockingThreads.run {
            _ = try Player(port: port, instance: guesser, key: key).say(declaration)
            let player = Player(port: port, instance: searcher, key: key)
            for command in plan { _ = try player.say(command) }
            return try player.say(declaration).page
        }
        let sql = "SELECT status, places_searched = places_total, places_total > 1 FROM games"
        #expect(try await host.rows(guesser, sql) == [[.text("won"), .integer(0), .integer(1)]])
        #expect(try await host.rows(searcher, sql) == [[.text("won"), .integer(1), .integer(1)]])
    }

    @Test func instancesNeverSeeEachOthersGames() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let a = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let b = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = Self.heat
        let first = try Self.task(key).description.oracle[0]
        let (screenA, screenB) = try await BlockingThreads.run {
            let pa = Player(port: port, instance: a, key: key), pb = Player(port: port, instance: b, key: key)
            _ = try pa.say(first)
            _ = try pa.say("look")
            return (try pa.screen().body, try pb.screen().body)
        }
        #expect(screenA != screenB)
        #expect(screenB == (try Self.task(key).world.screenXML()))
        #expect(try await host.rows(a, "SELECT moves FROM games") == [[.integer(2)]])
        #expect(try await host.rows(b, "SELECT moves FROM games") == [[.integer(0)]])
        #expect(try await host.rows(b, "SELECT count(*) FROM moves") == [[.integer(0)]])
    }

    @Test func anImportedInstanceReplaysItsMoves() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = GameKey(family: .exploration, split: .train, seed: 5, knobs: .preset(.easy, for: .exploration))
        let oracle = try Self.task(key).description.oracle
        let before = try await BlockingThreads.run {
            let player = Player(port: port, instance: id, key: key)
            _ = try player.say("inventory")
            for command in oracle.dropLast() { _ = try player.say(command) }
            return try player.screen().body
        }
        let image = try await host.exportState(id)
        let copy = try await host.importInstance(image, sandboxes: ["games"], seed: 1)
        let (after, text, won) = try await BlockingThreads.run {
            let player = Player(port: port, instance: copy, key: key)
            let after = try player.screen().body
            let text = try player.client.get(player.path + "/text")
            let won = try player.say(oracle.last ?? "look").page.body
            return (after, text, won)
        }
        #expect(after == before)
        #expect(text.status == 200 && text.header("Content-Type")?.hasPrefix("text/plain") == true)
        #expect(text.body.contains("Goal:"))
        #expect(won.contains("state=\"won\""))
        // The original instance is untouched by the copy's move.
        #expect(try await host.rows(id, "SELECT status FROM games") == [[.text("playing")]])
        #expect(try await host.rows(copy, "SELECT status, moves FROM games") == [[.text("won"), .integer(Int64(oracle.count + 1))]])
    }

    @Test func badPathsAndKeysAreClearNotFounds() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let responses = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "games.localhost", instanceID: id)
            return try [
                "/play/chess/train-1-easy", "/play/household/train-1", "/play/household/train-1-easy~rooms.3",
                "/play/household/dev-1-easy", "/play/household/train-1-easy~distractors.6", "/nowhere", "/",
            ].map { try client.get($0) }
        }
        #expect(responses[0].status == 404 && responses[0].body.contains("unknown family 'chess'"))
        #expect(responses[1].status == 404 && responses[1].body.contains("<split>-<seed>-<preset>"))
        #expect(responses[2].status == 404 && responses[2].body.contains("does not apply to household"))
        #expect(responses[3].status == 404 && responses[3].body.contains("unknown split"))
        // Easy household already has 6 distractors: the override is not canonical.
        #expect(responses[4].status == 404 && responses[4].body.contains("canonical"))
        #expect(responses[5].status == 404)
        #expect(responses[6].status == 200 && responses[6].body.contains("/play/household/train-1-easy"))
        #expect(try await host.rows(id, "SELECT count(*) FROM games") == [[.integer(0)]])
    }

    @Test func aPercentEncodedTildeNamesTheSameGame() async throws {
        let (host, port) = try await GamesFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["games"], seed: 1)
        let key = GameKey(family: .household, split: .train, seed: 4, knobs: Knobs(taskType: .pickTwo))
        #expect(key.id.contains("~"))
        let encoded = "/play/household/" + key.id.replacingOccurrences(of: "~", with: "%7E")
        let (status, location) = try await BlockingThreads.run {
            let client = LoopbackHTTPClient(port: port, hostName: "games.localhost", instanceID: id)
            let post = try client.post(encoded, form: [("command", "look")])
            return (post.status, post.header("Location"))
        }
        #expect(status == 303)
        #expect(location == "/play/\(key.text)")
        #expect(try await host.rows(id, "SELECT key, moves FROM games") == [[.text(key.text), .integer(1)]])
    }
}

@Suite struct GameKeyTests {
    @Test func everyStandardSuiteKnobSetRoundTrips() throws {
        for split in Split.allCases {
            for entry in StandardSuite.entries(split: split) {
                let key = GameKey(family: entry.family, split: split, seed: entry.baseSeed, knobs: entry.knobs)
                let parsed = try GameKey.parse(key.text)
                #expect(parsed.knobs == entry.knobs)
                #expect(parsed.seed == entry.baseSeed && parsed.split == split && parsed.family == entry.family)
                #expect(key.text.allSatisfy { $0.isLetter || $0.isNumber || "-_.~/".contains($0) })
            }
        }
    }

    @Test func presetsNeedNoOverrides() {
        let key = GameKey(family: .exploration, split: .test, seed: 9, knobs: .preset(.hard, for: .exploration))
        #expect(key.text == "exploration/test-9-hard")
        var knobs = Knobs.preset(.hard, for: .household)
        knobs.taskType = .pickTwo
        knobs.minPlanLength = 9
        #expect(GameKey(family: .household, split: .train, seed: 1, knobs: knobs).id
            == "train-1-hard~min_plan_length.9~task_type.pick_two_obj_and_place")
    }
}
