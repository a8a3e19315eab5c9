/// Renders parsed templates with page data: dictionaries `[String: Any]`, arrays, strings,
/// numbers and Bools.
///
/// Values follow swift-mustache's rules, which the templates were written against: a
/// section over an array repeats per element, over a Bool is a condition, over a missing
/// value renders nothing, and over anything else (a dictionary, a string, even an empty one,
/// a number) renders once with that value on top of the context stack. Names are looked up
/// from the top of the stack down; the rest of a dotted name is looked up in what the first
/// part found.
///
/// The renderer writes bytes into one buffer and walks a tree parsed once per template:
/// a category page renders in a small fraction of what a general mustache engine spends,
/// which matters because rendering sits in every web step of every episode.
struct TemplateRenderer {
    let templates: [String: PageTemplate]
    private(set) var output: [UInt8] = []
    private var stack: [Any] = []
    private var depth = 0

    init(templates: [String: PageTemplate]) {
        self.templates = templates
        output.reserveCapacity(1 << 15)
    }

    mutating func render(_ template: PageTemplate, _ data: Any) {
        stack.append(data)
        render(template.nodes)
        stack.removeLast()
    }

    private mutating func render(_ nodes: [PageTemplate.Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                if let value = resolve(path) { write(value, escaped: escaped) }
            case .section(let path, let body, let inverted):
                section(resolve(path), body: body, inverted: inverted)
            case .partial(let name, let indentation):
                // A partial including itself would never end: stop at a depth no page needs.
                guard let partial = templates[name], depth < 64 else { continue }
                depth += 1
                if indentation.isEmpty {
                    render(partial.nodes)
                } else {
                    let start = output.count
                    render(partial.nodes)
                    indent(from: start, by: indentation)
                }
                depth -= 1
            }
        }
    }

    private mutating func section(_ value: Any?, body: [PageTemplate.Node], inverted: Bool) {
        // Rows are tried first as `[[String: Any]]`: casting them to `[Any]` would box
        // every row into a new array on each render.
        if let list = value as? [[String: Any]] {
            each(list, body: body, inverted: inverted)
        } else if let list = value as? [Any] {
            each(list, body: body, inverted: inverted)
        } else if let flag = value as? Bool {
            if flag != inverted { render(body) }
        } else if let value {
            if !inverted {
                stack.append(value)
                render(body)
                stack.removeLast()
            }
        } else if inverted {
            render(body)
        }
    }

    /// A list section: the body once per item, or once if the list is empty and the
    /// section is inverted.
    private mutating func each<Item>(_ list: [Item], body: [PageTemplate.Node], inverted: Bool) {
        if inverted {
            if list.isEmpty { render(body) }
            return
        }
        for item in list {
            stack.append(item)
            render(body)
            stack.removeLast()
        }
    }

    private func resolve(_ path: PageTemplate.Path) -> Any? {
        guard let first = path.parts.first else { return stack.last }
        var found: Any?
        for object in stack.reversed() {
            if let value = Self.child(first, of: object) {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        for part in path.parts.dropFirst() {
            guard let next = Self.child(part, of: value) else { return nil }
            value = next
        }
        return value
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        if object is String || object is Int || object is Bool || object is Double { return nil }
        if let keyed = object as? any TemplateKeyed { return keyed.templateChild(name) }
        // Other values (structs) expose their stored properties, as in swift-mustache.
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let inner = Mirror(reflecting: match.value)
        guard inner.displayStyle == .optional else { return match.value }
        return inner.children.first?.value
    }

    private mutating func write(_ value: Any, escaped: Bool) {
        if let markup = value as? HTMLWriter {
            output.append(contentsOf: markup.bytes)
        } else if let text = value as? String {
            escaped ? escape(text) : output.append(contentsOf: text.utf8)
        } else if let number = value as? Int {
            output.append(contentsOf: String(number).utf8)
        } else {
            let text = String(describing: (value as? any TemplateOptional)?.templateWrapped ?? value)
            escaped ? escape(text) : output.append(contentsOf: text.utf8)
        }
    }

    private mutating func escape(_ text: String) {
        HTMLWriter.escape(text, into: &output)
    }

    /// Indents every line a standalone partial wrote (the mustache rule for `  {{> name}}`).
    private mutating func indent(from start: Int, by indentation: [UInt8]) {
        guard start < output.count else { return }
        var indented: [UInt8] = indentation
        for index in start..<output.count {
            indented.append(output[index])
            if output[index] == UInt8(ascii: "\n"), index + 1 < output.count { indented += indentation }
        }
        output.replaceSubrange(start..<output.count, with: indented)
    }
}

/// Values other than `[String: Any]` that sections and dotted names can look into by key.
protocol TemplateKeyed {
    func templateChild(_ name: String) -> Any?
}

extension Dictionary: TemplateKeyed where Key == String {
    func templateChild(_ name: String) -> Any? { self[name] }
}

/// Lets a variable holding an `Optional` inside `Any` print its wrapped value.
protocol TemplateOptional {
    var templateWrapped: Any? { get }
}

extension Optional: TemplateOptional {
    var templateWrapped: Any? {
        switch self {
        case .some(let wrapped): wrapped
        case .none: nil
        }
    }
}
