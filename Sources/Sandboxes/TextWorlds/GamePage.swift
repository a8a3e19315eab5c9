/// The game as a page for people (`GET /play/<family>/<id>/html`): the same screen as
/// the XML agents read, laid out as HTML, with a command box and one button per
/// admissible command that post back to the page. Agents keep the XML (docs/textgames.md).
struct GamePage {
    let world: World
    /// `<family>/<id>`.
    let key: String
    /// The game's path in this sandbox (`context.url("/play/<key>")`).
    let path: String
    let index: String

    func data() -> [String: Any] {
        let status = world.isWon ? "won" : world.isLost ? "lost" : "playing"
        // A template section over a string renders even when it is empty: leave empty
        // fields out instead.
        func present(_ fields: [String: String]) -> [String: Any] { fields.filter { !$0.value.isEmpty } }
        func rows(_ rows: [(name: String, value: String, state: String)]) -> [[String: Any]] {
            rows.map { present(["name": $0.name, "value": $0.value, "state": $0.state]) }
        }
        var exits: [[String: Any]] = []
        if world.layout.family == .exploration {
            exits = world.layout.exits[Int(world.state.room)].map { exit in
                present(["direction": exit.direction.word, "room": world.layout.rooms[exit.room],
                         "state": exit.door >= 0 ? world.doorWords(exit.door) : ""])
            }
        }
        let commands = world.admissibleCommandTexts()
        var data: [String: Any] = [
            "hasExits": !exits.isEmpty, "example": commands.first ?? "look",
            "family": world.layout.family.rawValue, "key": key, "status": status, "over": status != "playing",
            "moves": world.moves, "location": world.locationTitle(), "description": world.lookText(),
            "visibleTitle": world.layout.family == .crafting ? "Recipes" : "Visible",
            "visible": rows(world.visibleRows()), "exits": exits, "inventory": rows(world.inventoryRows()),
            "goal": world.layout.goalText, "feedback": world.lastFeedback.text,
            "commands": commands.map { ["text": $0] },
            "action": path + "/html", "xml": path, "text": path + "/text", "index": index,
            "declare": GamesSandbox.declareInfeasibleCommand,
        ]
        // Before the first move the feedback is the description itself: shown once.
        if world.moves == 0 { data["feedback"] = nil }
        return data
    }
}
