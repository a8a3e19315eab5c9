import Foundation
import Mustache

/// The mustache templates of one sandbox, loaded from `sandboxes/<name>/templates/*.mustache`.
public struct TemplateSet: Sendable {
    public let directory: String
    private let library: MustacheLibrary

    public init(directory: String) async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SandboxError.missingDirectory(directory)
        }
        self.directory = directory
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let error as MustacheLibrary.ParserError {
            throw SandboxError.template(file: error.filename, message: "\(error.error) at line \(error.context.lineNumber), column \(error.context.columnNumber)")
        }
    }

    /// Renders `name` (file name without `.mustache`) with `data` (dictionaries, arrays, strings, numbers, Bools).
    public func render(_ name: String, _ data: [String: Any]) throws -> String {
        guard let text = library.render(data, withTemplate: name) else {
            throw SandboxError.template(file: "\(directory)/\(name).mustache", message: "no such template")
        }
        return text
    }
}
