import Foundation
import GauntletTesting
import SandboxKit
import Testing

@Suite struct TemplateSetTests {
    /// A directory holding `files` (name → text) as `.mustache` templates.
    private func templates(_ files: [String: String]) async throws -> TemplateSet {
        let directory = try TemporaryFolder.make("templates")
        for (name, text) in files {
            try text.write(toFile: "\(directory)/\(name).mustache", atomically: true, encoding: .utf8)
        }
        return try await TemplateSet(directory: directory)
    }

    @Test func variablesAreEscapedUnlessTripled() async throws {
        let set = try await templates(["page": #"<p title="{{t}}">{{t}} {{{t}}} {{&t}} {{n}} {{d}} {{yes}} {{missing}}|</p>"#])
        let text = try set.render("page", ["t": #"a<b>&"c'"#, "n": 42, "d": 1.5, "yes": true])
        #expect(text == #"<p title="a&lt;b&gt;&amp;&quot;c&#39;">a&lt;b&gt;&amp;&quot;c&#39; a<b>&"c' a<b>&"c' 42 1.5 true |</p>"#)
    }

    @Test func sectionsRepeatTestAndScope() async throws {
        let set = try await templates(["page": """
            <ul>
              {{#items}}
              <li>{{name}} {{base}}</li>
              {{/items}}
            </ul>
            {{^items}}none{{/items}}
            {{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}
            {{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}
            {{#s}}[{{.}}]{{/s}}{{#words}}<{{.}}>{{/words}}{{^nothing}}!{{/nothing}}
            """])
        let text = try set.render("page", [
            "items": [["name": "a"], ["name": "b", "base": "/inner"]] as [[String: Any]], "base": "/shop", "flag": false,
            "empty": [] as [String], "s": "", "words": ["x", "y"],
        ])
        #expect(text == "<ul>\n  <li>a /shop</li>\n  <li>b /inner</li>\n</ul>\n\nno\nempty\n[]<x><y>!")
    }

    @Test func dottedNamesLookOnlyInsideWhatTheirFirstPartFinds() async throws {
        let set = try await templates(["page": "{{#customer}}Hi {{first_name}} {{errors.email}}/{{errors.phone}}/{{customer.first_name}}{{/customer}}"])
        let text = try set.render("page", ["customer": ["first_name": "Ann", "email": "x"] as [String: Any], "errors": ["email": "bad"] as [String: String]])
        #expect(text == "Hi Ann bad//Ann")
    }

    @Test func standalonePartialsAndCommentsLeaveNoBlankLines() async throws {
        let set = try await templates([
            "page": "<div>\n  {{> card}}\n  {{! a note }}\n</div>\n{{#cards}}{{> card}}{{/cards}}{{> nowhere}}",
            "card": "<p>{{x}}</p>\n<p>2</p>\n",
        ])
        let text = try set.render("page", ["x": 1, "cards": [["x": 7]] as [[String: Any]]])
        #expect(text == "<div>\n  <p>1</p>\n  <p>2</p>\n</div>\n<p>7</p>\n<p>2</p>\n")
    }

    @Test func badTemplatesNameFileLineAndColumn() async throws {
        for (text, message) in [("a\n  {{#open}}x", "section 'open' is never closed at line 2, column 3"),
                                ("{{#a}}{{/b}}", "'{{/b}}' closes no open section (open: 'a') at line 1, column 7"),
                                ("x {{=<% %>=}}", "unsupported tag '{{=<% %>=}}' at line 1, column 3"),
                                ("{{name", "unclosed tag at line 1, column 1")] {
            await #expect {
                _ = try await templates(["broken": text])
            } throws: { error in
                guard case SandboxError.template(let file, let problem) = error else { return false }
                return file.hasSuffix("/broken.mustache") && problem == message
            }
        }
    }

    @Test func unknownTemplateIsAnError() async throws {
        let set = try await templates(["page": "x"])
        #expect(throws: SandboxError.self) { try set.render("nope", [:]) }
    }
}
