import AgentProtocol
import Browser
import Foundation
import ObservationTree

/// What `gauntlet browse` prints: the whole page on arrival and on `look`, and after an
/// action only what changed since the page last printed (a `TreeDiff`), because a shop
/// page is 180–410 lines and an action usually changes a few.
struct BrowseScreen {
    /// The page as last printed: the diff after the next action is taken against it.
    private var shown: BrowserObservation?
    /// ANSI bold and red only on a terminal, so piped output is plain text.
    private let styled: Bool

    init(styled: Bool) {
        self.styled = styled
    }

    /// The title line and the whole tree (as far as the renderer's budget goes).
    mutating func look(_ now: BrowserObservation) -> String {
        shown = now
        return header(now) + "\n" + now.text
    }

    /// What an action changed: a new title line when the page's URL, title or status
    /// changed, then `-`, `+` and `~` lines for nodes removed, added and changed. When the
    /// tree is the same but the window moved (a scroll), the new window. Nil when nothing changed.
    mutating func changes(to now: BrowserObservation) -> String? {
        guard let before = shown else { return look(now) }
        shown = now
        var lines: [String] = []
        if now.url != before.url || now.title != before.title || now.status != before.status {
            lines.append(header(now))
        }
        let diff = TreeDiff(from: before.tree, to: now.tree)
        if !diff.isEmpty {
            lines.append(diff.text)
        } else if now.text != before.text {
            lines.append(now.text)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    func error(_ message: String) -> String {
        styled ? "\u{1B}[31merror: \(message)\u{1B}[0m" : "error: \(message)"
    }

    private func header(_ page: BrowserObservation) -> String {
        let title = styled ? "\u{1B}[1m\(page.title)\u{1B}[0m" : page.title
        return "\(title)  \(page.url)  (HTTP \(page.status))"
    }

    /// The browse commands and the web actions' grammar (docs/protocol.md, "Actions").
    static let help = """
        Commands:
          look                      print the whole page again
          help                      this list
          stop [answer]             end, and print the actions taken as a task's "oracle" list
        After an action, only what changed is printed: - removed, + added, ~ changed nodes.

        Actions (the web grammar of docs/protocol.md; an element is [id], role 'name' or 'name'):
          click [id]                click the element
          type [id] [text] [1]      replace the field's text; [1] (default) presses Enter after, [0] does not
          clear [id]                empty a field
          select [id] [option]      choose an option by its label
          check [id], uncheck [id]  set a checkbox or radio button
          hover [id]                move the pointer over the element
          press [key]               a key or combination: Enter, Tab, Control+a
          scroll [up], scroll [down]
          goto [url]                open a URL, e.g. goto [shop:/cart]
          go_back, go_forward       history
          new_tab, tab_focus [i], close_tab
          answer [status] [value]   end with a structured answer (ok, not_found, infeasible…)
        """
}
