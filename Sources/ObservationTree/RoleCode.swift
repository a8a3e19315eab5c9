/// Roles as small integers, for the semantic passes' many comparisons; `Role`
/// (a string) is made once per emitted node.
enum RoleCode: UInt8, CaseIterable {
    case rootWebArea, staticText
    case alert, alertdialog, application, article, banner, blockquote, button, caption, cell
    case checkbox, code, columnheader, combobox, complementary, contentinfo, definition
    case deletion, dialog, directory, document, emphasis, feed, figure, form, generic, grid
    case gridcell, group, heading, img, insertion, link, list, listbox, listitem, log, main
    case mark, marquee, math, menu, menubar, menuitem, menuitemcheckbox, menuitemradio, meter
    case navigation, none, note, option, paragraph, presentation, progressbar, radio
    case radiogroup, region, row, rowgroup, rowheader, scrollbar, search, searchbox
    case separator, slider, spinbutton, status, strong, `subscript`, superscript, `switch`, tab
    case table, tablist, tabpanel, term, textbox, time, timer, toolbar, tooltip, tree
    case treegrid, treeitem

    var role: Role { Self.roles[Int(rawValue)] }

    private static let roles: [Role] = allCases.map { code in
        switch code {
        case .rootWebArea: .rootWebArea
        case .staticText: .staticText
        default: Role(String(describing: code))
        }
    }

    /// ARIA role names as written in `role=` attributes.
    static let byName = NameTable(allCases.filter { $0 != .rootWebArea && $0 != .staticText }
        .map { (String(describing: $0), $0) })

    /// Roles an agent can act on.
    var isInteractive: Bool {
        switch self {
        case .link, .button, .textbox, .searchbox, .checkbox, .radio, .combobox, .listbox, .option,
             .spinbutton, .slider, .switch, .tab, .menuitem, .menuitemcheckbox, .menuitemradio,
             .treeitem, .gridcell: true
        default: false
        }
    }

    var takesNameFromContent: Bool {
        switch self {
        case .link, .button, .heading, .cell, .gridcell, .columnheader, .rowheader, .option,
             .checkbox, .radio, .tab, .menuitem, .menuitemcheckbox, .menuitemradio, .treeitem,
             .switch, .tooltip: true
        default: false
        }
    }

    var isCell: Bool {
        self == .cell || self == .gridcell || self == .columnheader || self == .rowheader
    }

    var isTextField: Bool {
        self == .textbox || self == .searchbox || self == .combobox || self == .spinbutton
    }
}
