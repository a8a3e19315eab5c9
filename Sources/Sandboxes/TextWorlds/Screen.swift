/// The game screen: XML for the observation tree, and plain text for agents that
/// prefer to read. Both show the same things in the same order.
///
/// Every XML element carries `role` (ARIA) and `name`, optionally `value` and
/// `state` (space-separated words). See docs/textgames.md.
extension World {
    /// What is visible, as (name, value, states) rows in display order.
    func visibleRows() -> [(name: String, value: String, state: String)] {
        var rows: [(String, String, String)] = []
        switch layout.family {
        case .household:
            for r in layout.receptaclesInRoom[0] {
                let here = state.at == Int32(r)
                rows.append((name(r), here ? "receptacle, you are here" : "receptacle", state.flags[r].words.joined(separator: " ")))
            }
            if state.at >= 0 && accessible(Int(state.at)) {
                let r = Int(state.at)
                for o in contents(of: r) {
                    rows.append((name(o), "\(layout.entities[r].preposition) \(name(r))", state.flags[o].words.joined(separator: " ")))
                }
            }
        case .exploration:
            let here = Int(state.room)
            for exit in layout.exits[here] where exit.door >= 0 {
                rows.append((name(exit.door), "door \(exit.direction.word)", doorWords(exit.door)))
            }
            for r in layout.receptaclesInRoom[here] {
                rows.append((name(r), "receptacle", state.flags[r].words.joined(separator: " ")))
                if accessible(r) {
                    for o in contents(of: r) {
                        rows.append((name(o), "\(layout.entities[r].preposition) \(name(r))", state.flags[o].words.joined(separator: " ")))
                    }
                }
            }
            for o in floorObjects() { rows.append((name(o), "on the floor", state.flags[o].words.joined(separator: " "))) }
        case .crafting:
            for r in layout.recipes { rows.append((recipeText(r), "recipe", "")) }
        }
        return rows
    }

    func doorWords(_ d: Int) -> String {
        let f = state.flags[d]
        return f.contains(.locked) ? "closed locked" : f.contains(.open) ? "open" : "closed"
    }

    func inventoryRows() -> [(name: String, value: String, state: String)] {
        if layout.family == .crafting {
            return layout.items.indices.filter { state.counts[$0] > 0 }.map { (layout.items[$0], String(state.counts[$0]), "") }
        }
        return carried().map { (name($0), "carried", state.flags[$0].words.joined(separator: " ")) }
    }

    /// Where the agent is, as a heading.
    func locationTitle() -> String {
        switch layout.family {
        case .household: state.at < 0 ? "In the middle of the room" : "At the \(name(Int(state.at)))"
        case .exploration: layout.rooms[Int(state.room)].capitalizedWords
        case .crafting: "Crafting table"
        }
    }

    public func screenXML() -> String {
        var x = ""
        x.reserveCapacity(4096)
        x += "<screen role=\"main\" name=\"\(layout.family.rawValue) game\" value=\"\(CommandVocabulary.version)\""
        let status = isWon ? "won" : isLost ? "lost" : "playing"
        x += " state=\"\(status)\">\n"
        x += "  <location role=\"heading\" name=\"\(Self.escape(locationTitle()))\"/>\n"
        x += "  <description role=\"paragraph\" name=\"\(Self.escape(lookText()))\"/>\n"
        Self.list(&x, tag: "visible", name: layout.family == .crafting ? "Crafting commands" : "Visible", rows: visibleRows())
        if layout.family == .exploration {
            var exits = ""
            for exit in layout.exits[Int(state.room)] {
                exits += "    <exit role=\"link\" name=\"\(exit.direction.word)\" value=\"\(Self.escape(layout.rooms[exit.room]))\""
                if exit.door >= 0 { exits += " state=\"\(doorWords(exit.door))\"" }
                exits += "/>\n"
            }
            x += "  <exits role=\"list\" name=\"Exits\">\n" + exits + "  </exits>\n"
        }
        Self.list(&x, tag: "inventory", name: "Inventory", rows: inventoryRows())
        x += "  <goal role=\"paragraph\" name=\"\(Self.escape(layout.goalText))\"/>\n"
        x += "  <feedback role=\"status\" name=\"\(Self.escape(lastFeedback.text))\""
        if let r = lastFeedback.reason { x += " value=\"\(r.rawValue)\"" }
        x += "/>\n"
        x += "  <commands role=\"listbox\" name=\"Admissible commands\">\n"
        for c in admissibleCommandTexts() {
            x += "    <command role=\"option\" name=\"\(Self.escape(c))\"/>\n"
        }
        x += "  </commands>\n</screen>\n"
        return x
    }

    static func list(_ x: inout String, tag: String, name: String, rows: [(name: String, value: String, state: String)]) {
        if rows.isEmpty {
            x += "  <\(tag) role=\"list\" name=\"\(name)\"/>\n"
            return
        }
        x += "  <\(tag) role=\"list\" name=\"\(name)\">\n"
        for row in rows {
            x += "    <item role=\"listitem\" name=\"\(escape(row.name))\""
            if !row.value.isEmpty { x += " value=\"\(escape(row.value))\"" }
            if !row.state.isEmpty { x += " state=\"\(row.state)\"" }
            x += "/>\n"
        }
        x += "  </\(tag)>\n"
    }

    /// Escapes text for an XML attribute; newlines become `&#10;` so they survive,
    /// and characters XML 1.0 forbids (echoed from an agent's garbage) become U+FFFD.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 32 || $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 || $0 == 0xEF }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                if ch.value < 0x20 || ch.value == 0xFFFE || ch.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out
    }

    /// The screen as a classic text game shows it.
    public func renderText() -> String {
        var t = "== \(locationTitle()) ==\n"
        t += lookText() + "\n"
        let inv = inventoryRows()
        if layout.family == .crafting {
            t += "Inventory: " + (inv.isEmpty ? "nothing" : inv.map { "[\($0.name)] (\($0.value))" }.joined(separator: " ")) + "\n"
        } else {
            t += "You are carrying: " + (inv.isEmpty ? "nothing" : Self.joined(inv.map { row in
                row.state.isEmpty ? Self.withArticle(row.name) : Self.withArticle(row.name) + " (\(row.state))"
            })) + "\n"
        }
        t += "Goal: \(layout.goalText)\n"
        t += "> \(lastFeedback.text)\n"
        t += "Commands: " + admissibleCommandTexts().joined(separator: " | ") + "\n"
        return t
    }
}
