import Foundation
import GauntletTesting
import Mustache
import SandboxKit
import Testing

/// The sandboxes' own templates, rendered by `TemplateSet` and by swift-mustache (the engine
/// they were written for) with the same data, must give the same bytes.
@Suite struct TemplateReferenceTests {
    static let sandboxes = Checkout.path("sandboxes")

    /// Variable names and section names used by a directory's templates.
    private func names(in directory: String) throws -> (variables: Set<String>, sections: Set<String>) {
        var variables = Set<String>(), sections = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: directory) where file.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8)
            let tag = try Regex("\\{\\{\\{?\\s*([#^&]?)\\s*([a-z_.]+)\\s*\\}?\\}\\}")
            for match in text.matches(of: tag) {
                let sigil = match.output[1].substring.map(String.init) ?? ""
                let name = match.output[2].substring.map(String.init) ?? ""
                if sigil == "#" || sigil == "^" { sections.insert(name) } else { variables.insert(name) }
            }
        }
        return (variables, sections)
    }

    /// Data in several shapes: every section a list of two items, true, false, an empty
    /// list, an empty string; variables as strings needing escapes, or numbers.
    private func contexts(_ names: (variables: Set<String>, sections: Set<String>)) -> [[String: Any]] {
        func flat(_ make: (String) -> Any) -> [String: Any] {
            var data: [String: Any] = [:]
            for name in names.variables.sorted() {
                let parts = name.split(separator: ".").map(String.init)
                if parts.count == 2 {
                    var inner = data[parts[0]] as? [String: Any] ?? [:]
                    inner[parts[1]] = make(name)
                    data[parts[0]] = inner
                } else {
                    data[name] = make(name)
                }
            }
            return data
        }
        let strings = flat { "<\($0)> & \"q\" 'a'" }
        let numbers = flat { $0.count }
        var result: [[String: Any]] = [[:], strings, numbers]
        for sectionValue in [{ (_: String) -> Any in true }, { _ in false }, { _ in [] as [String] }, { _ in "" },
                             { name in [flat { "\(name)/\($0)" }, flat { _ in 7 }] as [[String: Any]] }] {
            var data = strings
            for name in names.sections where !name.contains(".") { data[name] = sectionValue(name) }
            result.append(data)
        }
        return result
    }

    @Test(arguments: ["shop", "admin", "games"])
    func rendersLikeSwiftMustache(sandbox: String) async throws {
        let directory = "\(Self.sandboxes)/\(sandbox)/templates"
        let ours = try await TemplateSet(directory: directory)
        let reference = try await MustacheLibrary(directory: directory)
        let templateNames = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropLast(".mustache".count)) }.sorted()
        #expect(templateNames.count > 0)
        for data in contexts(try names(in: directory)) {
            for name in templateNames {
                let expected = reference.render(data, withTemplate: name)
                let rendered = try ours.render(name, data)
                #expect(rendered == expected, "\(sandbox)/\(name).mustache renders differently")
            }
        }
    }

    @Test func handWrittenCasesRenderLikeSwiftMustache() async throws {
        let cases: [(String, [String: Any])] = [
            ("a\n  {{#x}}\n  in\n  {{/x}}\nb\n", ["x": true]),
            ("{{#list}}{{.}},{{/list}}{{^list}}none{{/list}}", ["list": [1, 2, 3]]),
            ("{{#list}}{{.}},{{/list}}{{^list}}none{{/list}}", ["list": [] as [Int]]),
            ("{{#d}}{{k}}-{{top}}{{/d}} {{d.k}} {{d.missing}}|{{missing.k}}", ["d": ["k": "v"], "top": "T"]),
            ("{{#s}}[{{.}}]{{/s}}{{^s}}no{{/s}} {{n}} {{f}} {{b}}", ["s": "", "n": 0, "f": 2.5, "b": false]),
            ("\r\n  {{! note }}\r\n{{#x}}\r\n{{x}}\r\n{{/x}}\r\n", ["x": "y"]),
            ("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}", ["a": [["b": [["c": 1], ["c": 2]]]], "c": 0]),
            ("<{{&raw}}|{{{raw}}}|{{raw}}>", ["raw": "<i>&amp;</i>"]),
        ]
        for (index, (text, data)) in cases.enumerated() {
            let directory = try TemporaryFolder.make("ref")
            try text.write(toFile: "\(directory)/t.mustache", atomically: true, encoding: .utf8)
            let expected = try await MustacheLibrary(directory: directory).render(data, withTemplate: "t")
            #expect(try await TemplateSet(directory: directory).render("t", data) == expected, "case \(index)")
        }
    }
}
