import Foundation

/// The mustache templates of one sandbox, loaded from `sandboxes/<name>/templates/*.mustache`
/// (a file in a subfolder is named `subfolder/name`). Parsed once when loaded; a template
/// that does not parse is an error naming its file, line and column.
public struct TemplateSet: Sendable {
    public let directory: String
    private let templates: [String: PageTemplate]

    public init(directory: String) async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SandboxError.missingDirectory(directory)
        }
        self.directory = directory
        var loaded: [String: PageTemplate] = [:]
        let files = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let path = "\(directory)/\(file)"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SandboxError.template(file: path, message: "cannot be read")
            }
            do {
                loaded[String(file.dropLast(".mustache".count))] = try PageTemplate(text: String(decoding: data, as: UTF8.self))
            } catch {
                throw SandboxError.template(file: path, message: "\(error.message) at line \(error.line), column \(error.column)")
            }
        }
        templates = loaded
    }

    /// Renders `name` (file name without `.mustache`) with `data` (dictionaries, arrays, strings, numbers, Bools).
    public func render(_ name: String, _ data: [String: Any]) throws -> String {
        try markup(name, data).string
    }

    /// `render` as bytes, for a page part that goes into another template or a response.
    public func markup(_ name: String, _ data: [String: Any]) throws -> HTMLWriter {
        guard let template = templates[name] else {
            throw SandboxError.template(file: "\(directory)/\(name).mustache", message: "no such template")
        }
        var renderer = TemplateRenderer(templates: templates)
        renderer.render(template, data)
        return HTMLWriter(markup: renderer.output)
    }
}
