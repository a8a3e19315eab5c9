/// Turns an XML screen's `DocumentArena` into an `ObservationTree`.
///
/// Two vocabularies map into the same node model:
/// - uiautomator dumps (`<hierarchy><node class=… text=… bounds=…>`), as Android
///   GUI agents know them;
/// - generic screens whose elements say `role`, `name`, `value` and `state`
///   themselves (text games and simulated apps).
///
/// Layout containers with nothing to say are dropped and their children hoisted,
/// as Chrome does with generic `div`s.
struct XMLSemantics {
    let arena: DocumentArena
    let limits: TextLimits

    private struct Frame {
        var end: Int
        var output: Int
        var depth: Int
        var nodeOutput: Int
    }

    func build() -> ObservationTree {
        var nodes: [ObservationNode] = []
        var ids = StableID.Allocator(expectedNodes: arena.items.count)
        var stack: [Frame] = []
        var i = 0
        let count = arena.items.count

        // The root element always becomes the root node, whatever it says.
        if count > 0, !arena.items[0].isText {
            var root = ObservationNode(id: ids.id(for: arena.items[0].key), role: rootRole(), depth: 0, parent: -1)
            root.name = cut(attributeText([.name, .text, .contentDesc, .package], 0), limits.name)
            describe(&root, item: 0)
            nodes.append(root)
            stack.append(Frame(end: Int(arena.items[0].end), output: 0, depth: 0, nodeOutput: 0))
            i = 1
        } else {
            nodes.append(ObservationNode(id: ids.id(for: StableID.rootSeed), role: .window))
        }

        while i < count {
            while let top = stack.last, top.end <= i {
                if top.nodeOutput >= 0 { nodes[top.nodeOutput].subtreeEnd = nodes.count }
                stack.removeLast()
            }
            let parent = stack.last.map { $0.output } ?? 0
            let depth = stack.last.map { $0.depth } ?? 0
            let item = arena.items[i]
            if item.isText {
                guard !item.isBlank else {
                    i += 1
                    continue
                }
                let content = collapseWhitespace(arena.bytes[Int(item.start)..<Int(item.start + item.count)])
                if !content.isEmpty && content != nodes[parent].name {
                    nodes.append(ObservationNode(
                        id: ids.id(for: item.key), role: .staticText, name: cut(content, limits.text),
                        depth: depth + 1, parent: parent, subtreeEnd: nodes.count + 1))
                }
                i += 1
                continue
            }
            if isHidden(i) {
                i = Int(item.end)
                continue
            }
            if let role = role(of: i) {
                var node = ObservationNode(id: ids.id(for: item.key), role: role, depth: depth + 1, parent: parent)
                describe(&node, item: i)
                if role.isInteractive || node.states.contains(.clickable) {
                    node.source = sourceElement(of: i)
                }
                let output = nodes.count
                nodes.append(node)
                stack.append(Frame(end: Int(item.end), output: output, depth: depth + 1, nodeOutput: output))
            } else {
                stack.append(Frame(end: Int(item.end), output: parent, depth: depth, nodeOutput: -1))
            }
            i += 1
        }
        for frame in stack where frame.nodeOutput >= 0 {
            nodes[frame.nodeOutput].subtreeEnd = nodes.count
        }
        nodes[0].subtreeEnd = nodes.count
        return ObservationTree(nodes: nodes)
    }

    private func rootRole() -> Role {
        if let role = arena.string(.role, of: 0)?.trimmingSpaces, !role.isEmpty { return Role(role) }
        return .window
    }

    private func isHidden(_ i: Int) -> Bool {
        arena.attribute(.hidden, of: i, is: "true") || arena.attribute(.ariaHidden, of: i, is: "true")
    }

    /// uiautomator widget classes by their last path component.
    private static let widgetRoles: [String: Role] = [
        "Button": .button, "ImageButton": .button, "FloatingActionButton": .button,
        "MaterialButton": .button, "EditText": .textbox, "AutoCompleteTextView": .combobox,
        "CheckBox": .checkbox, "CheckedTextView": .checkbox, "Switch": "switch",
        "SwitchCompat": "switch", "ToggleButton": "switch", "RadioButton": .radio,
        "RadioGroup": "radiogroup", "Spinner": .combobox, "SeekBar": .slider,
        "RatingBar": .slider, "ProgressBar": "progressbar", "ImageView": .img,
        "TextView": .staticText, "ListView": .list, "RecyclerView": .list, "GridView": "grid",
        "TabWidget": "tablist", "TabLayout": "tablist", "Toolbar": "toolbar",
        "WebView": "document", "ScrollView": .group, "HorizontalScrollView": .group,
        "NumberPicker": .spinbutton, "DatePicker": .group, "TimePicker": .group,
    ]

    private func role(of i: Int) -> Role? {
        if let explicit = arena.string(.role, of: i)?.trimmingSpaces, !explicit.isEmpty {
            return explicit == "none" || explicit == "presentation" ? nil : Role(explicit)
        }
        let tag = arena.items[i].tag
        let hasText = !attributeText([.text, .contentDesc, .name], i).isEmpty
        let clickable = arena.attribute(.clickable, of: i, is: "true") || arena.attribute(.longClickable, of: i, is: "true")
        let scrollable = arena.attribute(.scrollable, of: i, is: "true")
        if tag == .node || arena.has(.class, i) {
            let className = arena.string(.class, of: i) ?? ""
            let short = className.split(separator: ".").last.map(String.init) ?? ""
            if let role = Self.widgetRoles[short] {
                if role == .img && !hasText && !clickable { return nil }
                if role == .img && clickable { return .button }
                if role == .staticText && clickable { return .button }
                if role == .staticText && !hasText { return nil }
                return role
            }
            if clickable { return .button }
            if arena.attribute(.checkable, of: i, is: "true") { return .checkbox }
            if scrollable { return .group }
            return hasText ? .staticText : nil
        }
        // A generic element that names itself is worth a line; a bare wrapper is not.
        return hasText ? Role(arena.otherTagNames[Int32(i)] ?? "generic") : nil
    }

    private func describe(_ node: inout ObservationNode, item i: Int) {
        // For widgets that hold a value, uiautomator's `text` is that value.
        let isField = [Role.textbox, .combobox, .searchbox, .slider, .spinbutton, "progressbar"].contains(node.role)
        if isField {
            node.name = cut(attributeText([.name, .contentDesc, .hint], i), limits.name)
            if let text = arena.string(.text, of: i) ?? arena.string(.value, of: i) {
                node.value = arena.attribute(.password, of: i, is: "true")
                    ? String(repeating: "•", count: text.count) : cut(text, limits.value)
            }
        } else {
            node.name = cut(attributeText([.name, .text, .contentDesc], i), limits.name)
            if let value = arena.string(.value, of: i) { node.value = cut(value, limits.value) }
        }
        var states: NodeStates = []
        let flags: [(AttributeName, NodeStates)] = [
            (.checked, .checked), (.selected, .selected), (.focused, .focused),
            (.scrollable, .scrollable), (.checkable, .checkable), (.expanded, .expanded),
        ]
        for (attribute, state) in flags where arena.attribute(attribute, of: i, is: "true") {
            states.insert(state)
        }
        if arena.attribute(.enabled, of: i, is: "false") || arena.attribute(.disabled, of: i, is: "true") {
            states.insert(.disabled)
        }
        // "clickable" is news only where the role does not already say so.
        if arena.attribute(.clickable, of: i, is: "true"), !node.role.isInteractive {
            states.insert(.clickable)
        }
        var custom: [String] = []
        for token in arena.tokens(.state, of: i) {
            let word = arena.lowercasedString(token)
            if let known = NodeStates.named.first(where: { $0.1 == word }) {
                states.insert(known.0)
            } else if !custom.contains(word) {
                custom.append(word)
            }
        }
        node.states = states
        node.customStates = custom
        if let level = arena.string(.level, of: i).flatMap({ Int($0.trimmingSpaces) }) { node.level = level }
        if let bounds = arena.string(.bounds, of: i) { node.bounds = Bounds(uiautomator: bounds) }
    }

    private func attributeText(_ names: [AttributeName], _ i: Int) -> String {
        for name in names {
            if let range = arena.attribute(name, of: i) {
                let text = collapseWhitespace(arena.bytes[range])
                if !text.isEmpty { return text }
            }
        }
        return ""
    }

    private func sourceElement(of i: Int) -> SourceElement {
        var attributes: [Attribute] = []
        for name in [AttributeName.class, .package, .resourceId] {
            if let value = arena.string(name, of: i) { attributes.append(Attribute(name.name, value)) }
        }
        let tag = arena.items[i].tag
        return SourceElement(tag: tag == .other ? arena.otherTagNames[Int32(i)] ?? "" : tag.name, attributes: attributes)
    }

    private func cut(_ string: String, _ limit: Int) -> String {
        TextLimits.cut(string, to: limit)
    }
}

extension Bounds {
    /// Parses uiautomator's `[x1,y1][x2,y2]`; nil when it is not that shape.
    init?(uiautomator text: String) {
        let numbers = text.split(whereSeparator: { !($0.isNumber || $0 == "-") }).compactMap { Int($0) }
        guard numbers.count == 4 else { return nil }
        self.init(x1: numbers[0], y1: numbers[1], x2: numbers[2], y2: numbers[3])
    }
}
