/// Element tags and attribute names that the semantic passes look at, interned to
/// small integers so the parser never builds a String for them.
///
/// Anything not listed is still parsed (its text and children count), but its tag is
/// `.other` and its unknown attributes are dropped: no role or name depends on them.
enum Tag: UInt8, CaseIterable {
    case other
    case html, head, title, body, script, style, template, noscript, meta, link, base
    case a, button, input, textarea, select, option, optgroup, datalist, label, fieldset, legend, form, output
    case img, svg, iframe, canvas, video, audio, picture, source
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, menu, dl, dt, dd
    case table, caption, thead, tbody, tfoot, tr, td, th, colgroup, col
    case nav, main, header, footer, aside, section, article, search, dialog, details, summary, address
    case p, hr, br, div, span, pre, code, blockquote, figure, figcaption, meter, progress
    case b, i, em, strong, small, mark, s, u, sub, sup, abbr, time, q, cite, kbd, wbr
    // Generic XML (GUI screens, game screens) uses these two.
    case node, hierarchy

    var name: String { Self.names[Int(rawValue)] }

    /// Computed once: `String(describing:)` goes through reflection on every call.
    private static let names: [String] = allCases.map { $0 == .other ? "" : String(describing: $0) }

    /// Elements whose content is never shown.
    var isNeverRendered: Bool {
        switch self {
        case .head, .title, .script, .style, .template, .noscript, .meta, .link, .base, .datalist,
             .colgroup, .col, .source, .iframe, .canvas, .video, .audio: true
        default: false
        }
    }

    /// Elements that break a line: the text on either side of them does not run together.
    var isBlock: Bool {
        switch self {
        case .p, .div, .li, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .dt, .dd, .table,
             .tr, .td, .th, .caption, .section, .article, .header, .footer, .nav, .main, .aside,
             .form, .fieldset, .legend, .figure, .figcaption, .blockquote, .pre, .address, .option,
             .details, .summary, .dialog, .search, .menu, .hgroup, .thead, .tbody, .tfoot, .body,
             .select, .textarea, .button, .input, .img, .node, .hierarchy: true
        default: false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }

    static let byKey = NameTable(allCases.filter { $0 != .other }.map { ($0.name, $0) })

    /// An XML element's tag: names are case-sensitive, and unknown ones are `.other`.
    static func xml(named name: String) -> Tag {
        ByteKey(name).flatMap { byKey[$0] } ?? .other
    }
}

/// Attribute names the semantic passes read.
enum AttributeName: UInt8, CaseIterable {
    case id, `class`, role, style, hidden, href, type, name, value, alt, title, placeholder, `for`
    case checked, selected, disabled, required, readonly, multiple, size, open, action, method
    case enctype, form, scope, autofocus, label, formaction, formmethod, ariaLabel, ariaLabelledby
    case ariaHidden, ariaChecked, ariaSelected, ariaExpanded, ariaDisabled, ariaRequired
    case ariaReadonly, ariaLevel, ariaValuenow, ariaValuetext, ariaMultiselectable, text
    case contentDesc, resourceId, bounds, clickable, checkable, enabled, focused, scrollable
    case password, hint, state, level, package, longClickable, expanded

    /// The attribute as written in markup, by case order.
    private static let names: [String] = [
        "id", "class", "role", "style", "hidden", "href", "type", "name", "value", "alt", "title",
        "placeholder", "for", "checked", "selected", "disabled", "required", "readonly", "multiple",
        "size", "open", "action", "method", "enctype", "form", "scope", "autofocus", "label",
        "formaction", "formmethod", "aria-label", "aria-labelledby", "aria-hidden", "aria-checked",
        "aria-selected", "aria-expanded", "aria-disabled", "aria-required", "aria-readonly",
        "aria-level", "aria-valuenow", "aria-valuetext", "aria-multiselectable", "text",
        "content-desc", "resource-id", "bounds", "clickable", "checkable", "enabled", "focused",
        "scrollable", "password", "hint", "state", "level", "package", "long-clickable", "expanded",
    ]

    var name: String { Self.names[Int(rawValue)] }

    static let byKey = NameTable(allCases.map { ($0.name, $0) })

    /// An XML attribute's name, case-sensitive; nil for one no pass reads.
    static func xml(named name: String) -> AttributeName? {
        ByteKey(name).flatMap { byKey[$0] }
    }

    /// This attribute's bit in `DocumentArena.Item.attributeMask`; at most 64 names.
    @inline(__always) var bit: UInt64 { 1 &<< UInt64(rawValue) }
}

/// Up to 24 ASCII bytes packed into three words: a Dictionary key that costs no
/// allocation to build from a C string. Every name we intern fits.
struct ByteKey: Hashable, Sendable {
    var words: (UInt64, UInt64, UInt64)

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }

    init?(_ string: String) {
        var copy = string
        let key = copy.withUTF8 { ByteKey(bytes: $0.baseAddress!, count: $0.count, lowercase: false) }
        guard let key else { return nil }
        self = key
    }

    /// Packs `count` bytes; nil when longer than 24. HTML names are ASCII
    /// case-insensitive, so `lowercase` folds A–Z.
    init?(bytes: UnsafePointer<UInt8>, count: Int, lowercase: Bool) {
        guard count <= 24 else { return nil }
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for i in 0..<count {
            var byte = bytes[i]
            if lowercase, byte >= 65, byte <= 90 { byte += 32 }
            let shifted = UInt64(byte) << (8 * UInt64(i & 7))
            switch i >> 3 {
            case 0: words.0 |= shifted
            case 1: words.1 |= shifted
            default: words.2 |= shifted
            }
        }
        self.words = words
    }
}
