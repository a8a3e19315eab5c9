/// Turns an HTML `DocumentArena` into an `ObservationTree`: roles, accessible names,
/// states and values, with hidden content removed.
///
/// It implements the useful subset of HTML-AAM and accname 1.2 that agents need;
/// docs/observation.md lists the rules. One forward pass over the arena, with a
/// stack of open elements instead of recursion.
struct HTMLSemantics {
    let arena: DocumentArena
    let limits: TextLimits
    private var elementsByID: [String: Int] = [:]
    private var labelsFor: [String: [Int]] = [:]
    private var titleItem: Int?

    init(arena: DocumentArena, limits: TextLimits) {
        self.arena = arena
        self.limits = limits
        indexDocument()
    }

    /// What a descendant inherits from its open ancestors.
    private struct Context {
        var output = 0
        var depth = 0
        /// Inside a node whose name came from its content: its text is already said.
        var nameFromContent = false
        var inLinkOrButton = false
        /// Inside article, aside, main, nav or section: header and footer are not landmarks.
        var inSectioning = false
        var inTableHead = false
        var inDisabledFieldset = false
        var inClosedDetails = false
        var inSelect = false
        var form = -1
        var label = -1
    }

    private struct Frame {
        var end: Int
        /// The node this element emitted, or -1 when it has no role of its own.
        var output: Int
        var context: Context
    }

    func build() -> ObservationTree {
        var nodes: [ObservationNode] = []
        nodes.reserveCapacity(arena.items.count / 2)
        var ids = StableID.Allocator(expectedNodes: arena.items.count / 2)
        var focusedAssigned = false
        var formOf: [(node: Int, formItem: Int)] = []
        var hidden: [(field: HiddenField, formItem: Int)] = []
        var idOfItem: [Int: String] = [:]

        let rootName = titleItem.map { cut(text(of: $0, includeHidden: true), limits.name) } ?? ""
        nodes.append(ObservationNode(id: ids.id(for: StableID.rootSeed), role: .rootWebArea, name: rootName))
        var stack: [Frame] = [Frame(end: arena.items.count, output: -1, context: Context())]

        var i = 0
        let count = arena.items.count
        while i < count {
            while let top = stack.last, top.end <= i, stack.count > 1 {
                if top.output >= 0 { nodes[top.output].subtreeEnd = nodes.count }
                stack.removeLast()
            }
            let context = stack[stack.count - 1].context
            let item = arena.items[i]

            if item.isText {
                if !context.nameFromContent && !item.isBlank {
                    let content = collapsed(item)
                    // Through a pointer: `nodes[i].name` copies the whole node first.
                    let sameAsParent = nodes.withUnsafeBufferPointer { buffer in
                        let parentName = buffer[context.output].name
                        return content.utf8.count == parentName.utf8.count && content == parentName
                    }
                    if !content.isEmpty && !sameAsParent {
                        nodes.append(ObservationNode(
                            id: ids.id(for: item.key), role: .staticText, name: cut(content, limits.text),
                            depth: context.depth + 1, parent: context.output, subtreeEnd: nodes.count + 1))
                    }
                }
                i += 1
                continue
            }

            let end = Int(item.end)
            if isHidden(i, context: context) {
                collectHiddenFields(in: i, form: context.form, position: nodes.count, into: &hidden)
                i = end
                continue
            }

            var inner = context
            let tag = item.tag
            switch tag {
            case .article, .aside, .main, .nav, .section: inner.inSectioning = true
            case .thead: inner.inTableHead = true
            case .fieldset where arena.has(.disabled, i): inner.inDisabledFieldset = true
            case .details: inner.inClosedDetails = !arena.has(.open, i)
            case .select: inner.inSelect = true
            case .label:
                inner.label = i
                // Its text is the name of the control it labels; saying it twice costs tokens.
                if labelsAControl(i) { inner.nameFromContent = true }
            default: break
            }
            if tag != .details { inner.inClosedDetails = false }

            var code = role(of: i, context: context)
            // Inside a node named by its content, that content is already said: only
            // what an agent can act on still gets a line of its own.
            // A form keeps its node: the controls inside it are submitted through it.
            if context.nameFromContent, let c = code, !c.isInteractive, c != .form { code = nil }
            if let code {
                let role = code.role
                let (name, fromContent) = accessibleName(of: i, role: code, context: context)
                // Filled in place: a local node appended afterwards is copied whole.
                let output = nodes.count
                nodes.append(ObservationNode(
                    id: ids.id(for: item.key), role: role, name: name,
                    depth: context.depth + 1, parent: context.output))
                describe(&nodes[output], item: i, role: code, context: context, focusedAssigned: &focusedAssigned)
                if code.isInteractive || code == .form || tag == .form {
                    nodes[output].source = sourceElement(of: i)
                    if context.form >= 0 { formOf.append((output, context.form)) }
                    else if arena.has(.form, i) { formOf.append((output, -1 - i)) }
                }
                if tag == .form { idOfItem[i] = nodes[output].id }
                inner.output = output
                inner.depth = context.depth + 1
                if fromContent { inner.nameFromContent = true }
                if code == .link || code == .button { inner.inLinkOrButton = true }
                if tag == .form { inner.form = i }
                if tag == .textarea {
                    // Its text is its value, already on the node.
                    nodes[output].subtreeEnd = nodes.count
                    i = end
                    continue
                }
                stack.append(Frame(end: end, output: output, context: inner))
            } else if tag == .svg || tag == .img || tag == .hr || tag == .br || tag == .input {
                // Leaves without a role: nothing inside them is shown either.
                i = end
                continue
            } else {
                if tag == .form { inner.form = i }
                stack.append(Frame(end: end, output: -1, context: inner))
            }
            i += 1
        }
        for frame in stack where frame.output >= 0 {
            nodes[frame.output].subtreeEnd = nodes.count
        }
        nodes[0].subtreeEnd = nodes.count

        // A control's form: its ancestor form, or the form its `form` attribute names.
        for (node, formItem) in formOf {
            if formItem >= 0 {
                nodes[node].source?.formID = idOfItem[formItem]
            } else if let formName = arena.string(.form, of: -1 - formItem),
                      let target = elementsByID[formName], arena.items[target].tag == .form {
                nodes[node].source?.formID = idOfItem[target]
            }
        }
        let hiddenFields = hidden.map { entry -> HiddenField in
            var field = entry.field
            field.formID = entry.formItem >= 0 ? idOfItem[entry.formItem] : nil
            return field
        }
        return ObservationTree(nodes: nodes, hiddenFields: hiddenFields)
    }

    /// Named, enabled controls in a hidden subtree, with the form each belongs to.
    private func collectHiddenFields(in i: Int, form: Int, position: Int, into fields: inout [(field: HiddenField, formItem: Int)]) {
        var j = i
        let end = Int(arena.items[i].end)
        var forms: [(end: Int, item: Int)] = []
        while j < end {
            while let last = forms.last, last.end <= j { forms.removeLast() }
            let item = arena.items[j]
            if item.isText { j += 1; continue }
            if item.tag == .form { forms.append((Int(item.end), j)) }
            let isControl = item.tag == .input || item.tag == .textarea || item.tag == .select
            if isControl, let name = arena.string(.name, of: j), !name.isEmpty, !arena.has(.disabled, j) {
                var owner = forms.last?.item ?? form
                if let named = arena.string(.form, of: j), let target = elementsByID[named], arena.items[target].tag == .form {
                    owner = target
                }
                if let value = hiddenValue(of: j) {
                    fields.append((HiddenField(formID: nil, name: name, value: value, position: position), owner))
                }
            }
            j += 1
        }
    }

    /// What a hidden control submits, or nil when it submits nothing.
    private func hiddenValue(of j: Int) -> String? {
        switch arena.items[j].tag {
        case .input:
            if arena.attribute(.type, of: j, is: "checkbox") || arena.attribute(.type, of: j, is: "radio") {
                return arena.has(.checked, j) ? arena.string(.value, of: j) ?? "on" : nil
            }
            if arena.attribute(.type, of: j, is: "submit") || arena.attribute(.type, of: j, is: "button")
                || arena.attribute(.type, of: j, is: "image") || arena.attribute(.type, of: j, is: "reset") {
                return nil
            }
            return arena.string(.value, of: j) ?? ""
        case .textarea:
            var raw: [UInt8] = []
            for child in arena.children(of: j) where arena.items[child].isText {
                let item = arena.items[child]
                raw.append(contentsOf: arena.bytes[Int(item.start)..<Int(item.start + item.count)])
            }
            return String(decoding: raw, as: UTF8.self)
        case .select:
            var k = j + 1
            var first: String?
            while k < Int(arena.items[j].end) {
                if !arena.items[k].isText, arena.items[k].tag == .option {
                    let value = arena.string(.value, of: k) ?? text(of: k, includeHidden: true)
                    if arena.has(.selected, k) { return value }
                    if first == nil { first = value }
                }
                k += 1
            }
            return first
        default:
            return nil
        }
    }

    // MARK: Document index

    private mutating func indexDocument() {
        // Sized for a page where every 32nd item has an id, so the table rarely rehashes.
        elementsByID.reserveCapacity(arena.items.count / 32)
        for index in arena.items.indices where !arena.items[index].isText {
            if let id = arena.string(.id, of: index), !id.isEmpty, elementsByID[id] == nil {
                elementsByID[id] = index
            }
            switch arena.items[index].tag {
            case .label:
                if let target = arena.string(.for, of: index), !target.isEmpty {
                    labelsFor[target, default: []].append(index)
                }
            case .title where titleItem == nil:
                titleItem = index
            default: break
            }
        }
    }

    private func labelsAControl(_ label: Int) -> Bool {
        if let target = arena.string(.for, of: label), let control = elementsByID[target] {
            return Self.isLabelable(arena.items[control].tag)
        }
        var j = label + 1
        let end = Int(arena.items[label].end)
        while j < end {
            if !arena.items[j].isText, Self.isLabelable(arena.items[j].tag),
               !arena.attribute(.type, of: j, is: "hidden") {
                return true
            }
            j += 1
        }
        return false
    }

    private static func isLabelable(_ tag: Tag) -> Bool {
        switch tag {
        case .input, .select, .textarea, .meter, .progress, .output: true
        default: false
        }
    }

    // MARK: Hiding

    private func isHidden(_ i: Int, context: Context) -> Bool {
        let tag = arena.items[i].tag
        if tag.isNeverRendered { return true }
        if context.inClosedDetails && tag != .summary { return true }
        if arena.has(.hidden, i) { return true }
        if arena.attribute(.ariaHidden, of: i, is: "true") { return true }
        if tag == .input, arena.attribute(.type, of: i, is: "hidden") { return true }
        if tag == .dialog, !arena.has(.open, i) { return true }
        if let style = arena.attribute(.style, of: i), styleHides(style) { return true }
        return false
    }

    /// Inline `display: none` or `visibility: hidden` (or `collapse`), read without
    /// allocating: spaces skipped, ASCII case folded.
    private func styleHides(_ range: Range<Int>) -> Bool {
        for needle in Self.hidingDeclarations {
            var matched = 0
            for index in range {
                var byte = arena.bytes[index]
                if byte.isASCIIWhitespace { continue }
                if byte >= 65, byte <= 90 { byte += 32 }
                if byte == needle[matched] {
                    matched += 1
                    if matched == needle.count { return true }
                } else {
                    matched = byte == needle[0] ? 1 : 0
                }
            }
        }
        return false
    }

    private static let hidingDeclarations: [[UInt8]] = [
        Array("display:none".utf8), Array("visibility:hidden".utf8), Array("visibility:collapse".utf8),
    ]

    // MARK: Roles

    private func role(of i: Int, context: Context) -> RoleCode? {
        if arena.has(.role, i) {
            for token in arena.tokens(.role, of: i) {
                let key = arena.bytes.withUnsafeBufferPointer { buffer in
                    ByteKey(bytes: buffer.baseAddress! + token.lowerBound, count: token.count, lowercase: true)
                }
                guard let key, let code = RoleCode.byName[key] else { continue }
                if code == .presentation || code == .none || code == .generic { return nil }
                return code
            }
        }
        switch arena.items[i].tag {
        case .a: return arena.has(.href, i) ? .link : nil
        case .button: return .button
        case .input: return inputRole(i)
        case .textarea: return .textbox
        case .select:
            let size = arena.string(.size, of: i).flatMap { Int($0.trimmingSpaces) } ?? 0
            return arena.has(.multiple, i) || size > 1 ? .listbox : .combobox
        case .option: return context.inSelect ? .option : nil
        case .optgroup: return .group
        case .img:
            if let alt = arena.attribute(.alt, of: i) {
                return arena.trim(alt).isEmpty ? nil : .img
            }
            return context.inLinkOrButton || arena.has(.title, i) ? .img : nil
        case .svg:
            return arena.has(.ariaLabel, i) || arena.has(.ariaLabelledby, i) ? .img : nil
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .ul, .ol, .menu: return .list
        case .li: return .listitem
        case .table: return .table
        case .tr: return .row
        case .td: return .cell
        case .th:
            if arena.attribute(.scope, of: i, is: "row") { return .rowheader }
            if arena.attribute(.scope, of: i, is: "col") || context.inTableHead { return .columnheader }
            return isFirstCellOfBodyRow(i) ? .rowheader : .columnheader
        case .form: return .form
        case .nav: return .navigation
        case .main: return .main
        case .header: return context.inSectioning ? nil : .banner
        case .footer: return context.inSectioning ? nil : .contentinfo
        case .aside: return .complementary
        case .section: return hasAuthorName(i) ? .region : nil
        case .search: return .search
        case .dialog: return .dialog
        case .details: return .group
        case .summary: return .button
        case .p: return .paragraph
        case .hr: return .separator
        case .fieldset: return .group
        case .article: return .article
        case .figure: return .figure
        case .progress: return .progressbar
        case .meter: return .meter
        default: return nil
        }
    }

    private func inputRole(_ i: Int) -> RoleCode {
        guard let type = arena.attribute(.type, of: i).map({ arena.lowercasedString(arena.trim($0)) }) else {
            return .textbox
        }
        switch type {
        case "submit", "reset", "button", "image", "file": return .button
        case "checkbox": return .checkbox
        case "radio": return .radio
        case "number": return .spinbutton
        case "range": return .slider
        case "search": return .searchbox
        default: return .textbox
        }
    }

    /// A `th` that starts a body row whose other cells are `td` is a row header.
    private func isFirstCellOfBodyRow(_ i: Int) -> Bool {
        let parent = Int(arena.items[i].parent)
        guard parent >= 0, arena.items[parent].tag == .tr else { return false }
        var first = true
        var hasDataCell = false
        for child in arena.children(of: parent) where !arena.items[child].isText {
            if first && child != i { return false }
            first = false
            if arena.items[child].tag == .td { hasDataCell = true }
        }
        return hasDataCell
    }

    private func hasAuthorName(_ i: Int) -> Bool {
        arena.attribute(.ariaLabel, of: i).map { !arena.trim($0).isEmpty } ?? false
            || arena.has(.ariaLabelledby, i) || arena.has(.title, i)
    }

    // MARK: Names

    /// The accessible name, and whether it came from the content (whose text is then
    /// not repeated as static text).
    private func accessibleName(of i: Int, role: RoleCode, context: Context) -> (String, Bool) {
        // 1. aria-labelledby, in the order of its ids.
        if arena.has(.ariaLabelledby, i) {
            let parts = arena.tokens(.ariaLabelledby, of: i).compactMap { token -> String? in
                let id = String(decoding: arena.bytes[token], as: UTF8.self)
                return elementsByID[id].map { text(of: $0, includeHidden: true) }
            }.filter { !$0.isEmpty }
            if !parts.isEmpty { return (cut(parts.joined(separator: " "), limits.name), false) }
        }
        // 2. aria-label.
        if let label = arena.attribute(.ariaLabel, of: i), !arena.trim(label).isEmpty {
            return (cut(collapse(label), limits.name), false)
        }
        // 3. The host language.
        let tag = arena.items[i].tag
        switch tag {
        case .input where role == .button:
            let type = arena.attribute(.type, of: i).map { arena.lowercasedString(arena.trim($0)) } ?? ""
            if type == "image", let alt = arena.attribute(.alt, of: i), !arena.trim(alt).isEmpty {
                return (cut(collapse(alt), limits.name), false)
            }
            if type != "file", let value = arena.attribute(.value, of: i), !arena.trim(value).isEmpty {
                return (cut(collapse(value), limits.name), false)
            }
            switch type {
            case "submit", "image": return ("Submit", false)
            case "reset": return ("Reset", false)
            case "file":
                let labels = labelText(for: i, context: context)
                return (labels.isEmpty ? "Choose File" : labels, false)
            default: break
            }
        case .input, .textarea, .select, .meter, .progress:
            let labels = labelText(for: i, context: context)
            if !labels.isEmpty { return (labels, false) }
        case .img:
            if let alt = arena.attribute(.alt, of: i), !arena.trim(alt).isEmpty {
                return (cut(collapse(alt), limits.name), false)
            }
        case .fieldset, .table, .figure:
            let captionTag: Tag = tag == .fieldset ? .legend : tag == .table ? .caption : .figcaption
            for child in arena.children(of: i) where arena.items[child].tag == captionTag {
                let caption = text(of: child, includeHidden: false)
                if !caption.isEmpty { return (cut(caption, limits.name), false) }
            }
        case .option, .optgroup:
            if let label = arena.attribute(.label, of: i), !arena.trim(label).isEmpty {
                return (cut(collapse(label), limits.name), false)
            }
        default: break
        }
        // 4. Content, for the roles that take it.
        // A data cell holding controls or links is a layout box for them, not a value:
        // naming it after their labels would say the same thing twice. A header cell is
        // named even then (a sort link in it, say), as Chromium names it: its name is what
        // labels the column or row.
        let isDataCell = role == .cell || role == .gridcell
        if role.takesNameFromContent, !(isDataCell && containsActionable(i)) {
            let content = text(of: i, includeHidden: false)
            if !content.isEmpty {
                // A table cell with a whole paragraph in it reads better as children.
                if !(role.isCell && content.utf8.count > limits.name && content.count > limits.name) {
                    return (cut(content, limits.name), true)
                }
            }
        }
        // 5. title, then 6. placeholder.
        if let title = arena.attribute(.title, of: i), !arena.trim(title).isEmpty {
            return (cut(collapse(title), limits.name), false)
        }
        if role.isTextField,
           let placeholder = arena.attribute(.placeholder, of: i), !arena.trim(placeholder).isEmpty {
            return (cut(collapse(placeholder), limits.name), false)
        }
        return ("", false)
    }

    private func containsActionable(_ i: Int) -> Bool {
        var j = i + 1
        let end = Int(arena.items[i].end)
        while j < end {
            let item = arena.items[j]
            if !item.isText {
                switch item.tag {
                case .input, .select, .textarea, .button, .form: return true
                case .a where arena.has(.href, j): return true
                default: break
                }
            }
            j += 1
        }
        return false
    }

    /// `<label for=id>` labels in document order, then the wrapping label.
    private func labelText(for i: Int, context: Context) -> String {
        var parts: [String] = []
        let labels = arena.string(.id, of: i).flatMap { labelsFor[$0] } ?? []
        for label in labels {
            let content = text(of: label, includeHidden: false, excluding: i)
            if !content.isEmpty { parts.append(content) }
        }
        if context.label >= 0, !labels.contains(context.label) {
            let content = text(of: context.label, includeHidden: false, excluding: i)
            // The common case: one wrapping label, and no array to join.
            if parts.isEmpty { return cut(content, limits.name) }
            if !content.isEmpty { parts.append(content) }
        }
        return cut(parts.count == 1 ? parts[0] : parts.joined(separator: " "), limits.name)
    }

    // MARK: States and values

    private func describe(_ node: inout ObservationNode, item i: Int, role: RoleCode, context: Context, focusedAssigned: inout Bool) {
        let tag = arena.items[i].tag
        var states: NodeStates = []

        if let checked = arena.attribute(.ariaChecked, of: i) {
            let value = arena.lowercasedString(arena.trim(checked))
            if value == "true" { states.insert(.checked) }
            if value == "mixed" { states.insert(.mixed) }
        } else if tag == .input, role == .checkbox || role == .radio, arena.has(.checked, i) {
            states.insert(.checked)
        }
        if arena.attribute(.ariaSelected, of: i, is: "true") || (tag == .option && arena.has(.selected, i)) {
            states.insert(.selected)
        }
        let formControl = tag == .input || tag == .button || tag == .select || tag == .textarea
            || tag == .option || tag == .optgroup || tag == .fieldset
        if arena.attribute(.ariaDisabled, of: i, is: "true") || (formControl && arena.has(.disabled, i))
            || (formControl && context.inDisabledFieldset) {
            states.insert(.disabled)
        }
        if let expanded = arena.attribute(.ariaExpanded, of: i) {
            states.insert(arena.lowercasedString(arena.trim(expanded)) == "true" ? .expanded : .collapsed)
        } else if tag == .summary {
            let details = Int(arena.items[i].parent)
            let open = details >= 0 && arena.items[details].tag == .details && arena.has(.open, details)
            states.insert(open ? .expanded : .collapsed)
        } else if role == .combobox && tag == .select {
            states.insert(.collapsed)
        }
        if arena.attribute(.ariaRequired, of: i, is: "true") || (formControl && arena.has(.required, i)) {
            states.insert(.required)
        }
        if arena.attribute(.ariaReadonly, of: i, is: "true") || ((tag == .input || tag == .textarea) && arena.has(.readonly, i)) {
            states.insert(.readonly)
        }
        if arena.attribute(.ariaMultiselectable, of: i, is: "true") || (tag == .select && arena.has(.multiple, i)) {
            states.insert(.multiselectable)
        }
        if !focusedAssigned, arena.has(.autofocus, i), formControl {
            states.insert(.focused)
            focusedAssigned = true
        }
        node.states = states

        if role == .heading {
            node.level = arena.string(.ariaLevel, of: i).flatMap { Int($0.trimmingSpaces) } ?? tag.headingLevel ?? 2
        }
        if role == .link, let href = arena.attribute(.href, of: i) {
            node.href = collapse(href)
        }
        node.value = value(of: i, role: role)
    }

    private func value(of i: Int, role: RoleCode) -> String? {
        let tag = arena.items[i].tag
        switch tag {
        case .input:
            guard role == .textbox || role == .searchbox || role == .spinbutton || role == .slider else { return nil }
            guard let raw = arena.attribute(.value, of: i) else { return role == .textbox || role == .searchbox ? "" : nil }
            let value = String(decoding: arena.bytes[raw], as: UTF8.self)
            if arena.attribute(.type, of: i, is: "password") {
                return String(repeating: "•", count: value.count)
            }
            return cut(value, limits.value)
        case .textarea:
            var raw: [UInt8] = []
            for child in arena.children(of: i) where arena.items[child].isText {
                let item = arena.items[child]
                raw.append(contentsOf: arena.bytes[Int(item.start)..<Int(item.start + item.count)])
            }
            // The HTML parser keeps a newline right after <textarea>; a browser drops it.
            if raw.first == 10 { raw.removeFirst() }
            return cut(String(decoding: raw, as: UTF8.self), limits.value)
        case .select:
            guard role == .combobox else { return nil }
            var first: Int?
            var i2 = i + 1
            let end = Int(arena.items[i].end)
            while i2 < end {
                let item = arena.items[i2]
                if !item.isText, item.tag == .option {
                    if first == nil { first = i2 }
                    if arena.has(.selected, i2) { return optionLabel(i2) }
                }
                i2 += 1
            }
            return first.map(optionLabel) ?? ""
        case .progress, .meter:
            return arena.string(.value, of: i)?.trimmingSpaces
        default:
            if let now = arena.string(.ariaValuetext, of: i) ?? arena.string(.ariaValuenow, of: i) {
                return now.trimmingSpaces
            }
            return nil
        }
    }

    private func optionLabel(_ i: Int) -> String {
        if let label = arena.attribute(.label, of: i), !arena.trim(label).isEmpty { return collapse(label) }
        return text(of: i, includeHidden: false)
    }

    /// Attributes a browser needs, in name order.
    private static let sourceAttributes: [AttributeName] = [
        .action, .checked, .disabled, .enctype, .form, .formaction, .formmethod, .href, .id,
        .method, .multiple, .name, .readonly, .selected, .type, .value,
    ]
    private static let sourceAttributeMask = sourceAttributes.reduce(UInt64(0)) { $0 | $1.bit }

    /// The attributes a browser needs to act on a control, link or form.
    private func sourceElement(of i: Int) -> SourceElement {
        var attributes: [Attribute] = []
        attributes.reserveCapacity((arena.items[i].attributeMask & Self.sourceAttributeMask).nonzeroBitCount)
        for name in Self.sourceAttributes where arena.has(name, i) {
            if let value = arena.string(name, of: i) { attributes.append(Attribute(name.name, value)) }
        }
        let tag = arena.items[i].tag
        return SourceElement(tag: tag == .other ? "" : tag.name, attributes: attributes)
    }

    // MARK: Text

    /// The visible text of a subtree, collapsed: text runs, image alternatives, and a
    /// space wherever a block element breaks the line.
    private func text(of i: Int, includeHidden: Bool, excluding excluded: Int = -1) -> String {
        let end = Int(arena.items[i].end)
        // The common case: a link, heading or cell holding one run of text.
        if end == i + 2, arena.items[i + 1].isText {
            return collapsed(arena.items[i + 1])
        }
        // Written straight into the string's storage, sized by what the subtree could
        // hold: the longest it can be is every run and alternative, a space apart.
        var bound = 0
        for j in (i + 1)..<end {
            let item = arena.items[j]
            if item.isText {
                bound += Int(item.count) + 1
            } else if let alt = arena.attribute(.alt, of: j) {
                bound += alt.count + 2
            }
        }
        return String(unsafeUninitializedCapacity: bound) { buffer in
            var out = WhitespaceCollapser(into: buffer)
            var j = i + 1
            var blockEnds: [Int] = []
            while j < end {
                while let last = blockEnds.last, last <= j {
                    out.space()
                    blockEnds.removeLast()
                }
                let item = arena.items[j]
                if item.isText {
                    out.append(arena.bytes[Int(item.start)..<Int(item.start + item.count)])
                    j += 1
                    continue
                }
                if j == excluded || item.tag.isNeverRendered || (!includeHidden && isHidden(j, context: Context())) {
                    j = Int(item.end)
                    continue
                }
                if item.tag == .img || (item.tag == .input && arena.attribute(.type, of: j, is: "image")) {
                    if let alt = arena.attribute(.alt, of: j) {
                        out.space()
                        out.append(arena.bytes[alt])
                        out.space()
                    }
                }
                if item.tag.isBlock {
                    out.space()
                    blockEnds.append(Int(item.end))
                }
                j += 1
            }
            return out.count
        }
    }

    private func collapsed(_ item: DocumentArena.Item) -> String {
        collapse(Int(item.start)..<Int(item.start + item.count))
    }

    private func collapse(_ range: Range<Int>) -> String {
        // Through a buffer pointer: an ArraySlice checks bounds on every byte.
        arena.bytes.withUnsafeBufferPointer { collapseWhitespace(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private func cut(_ string: String, _ limit: Int) -> String {
        TextLimits.cut(string, to: limit)
    }
}

/// Collapses runs of ASCII whitespace to one space and trims both ends.
func collapseWhitespace<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    // Most runs only need trimming: make the String straight from the bytes.
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower != upper, bytes[lower].isASCIIWhitespace { lower = bytes.index(after: lower) }
    var last = lower
    var index = lower
    var previousWasSpace = false
    var needsFolding = false
    while index != upper {
        let byte = bytes[index]
        if byte.isASCIIWhitespace {
            if byte != 32 || previousWasSpace { needsFolding = true }
            previousWasSpace = true
        } else {
            previousWasSpace = false
            last = bytes.index(after: index)
        }
        index = bytes.index(after: index)
    }
    upper = last
    if !needsFolding || lower == upper {
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        var out = WhitespaceCollapser(into: buffer)
        out.append(bytes)
        return out.count
    }
}

/// Writes text into a buffer with whitespace runs folded to one space, trimmed at
/// both ends. The buffer must hold every byte appended plus one per `space()`.
struct WhitespaceCollapser {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private var pendingSpace = false

    init(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append<C: Collection>(_ input: C) where C.Element == UInt8 {
        for byte in input {
            if byte.isASCIIWhitespace {
                pendingSpace = count > 0
            } else {
                // Unsafe buffers are not bounds-checked in release builds.
                precondition(count + (pendingSpace ? 1 : 0) < buffer.count, "text longer than its bound")
                if pendingSpace {
                    buffer[count] = 32
                    count += 1
                    pendingSpace = false
                }
                buffer[count] = byte
                count += 1
            }
        }
    }

    /// A word break, kept only if text follows.
    mutating func space() {
        pendingSpace = count > 0
    }
}

extension String {
    var trimmingSpaces: String {
        collapseWhitespace(utf8)
    }
}
