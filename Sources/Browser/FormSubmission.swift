import Foundation
import ObservationTree

/// Builds a form's data set and request as a browser does: controls in document
/// order (including those joined by a `form` attribute and the hidden ones),
/// disabled ones skipped, the submitter's name and value included, encoded as
/// `application/x-www-form-urlencoded`.
struct FormSubmission {
    let page: Page
    let form: Int
    let submitter: Int?

    func request() -> Result<HTTPRequest, BrowserError> {
        let formNode = page.tree.nodes[form]
        let source = formNode.source
        let submitterSource = submitter.flatMap { page.tree.nodes[$0].source }
        let method = (submitterSource?["formmethod"] ?? source?["method"] ?? "get").lowercased()
        let action = submitterSource?["formaction"] ?? source?["action"] ?? ""
        let target = action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? page.url.string : action
        guard let resolved = page.url.resolve(target), let url = WebURL(url: resolved) else {
            return .failure(.invalidURL(target))
        }
        let body = Self.encode(fields())
        if method == "post" {
            return .success(HTTPRequest(method: .post, url: url, body: Array(body.utf8)))
        }
        return .success(HTTPRequest(method: .get, url: url.replacingQuery(body)))
    }

    /// (name, value) pairs in document order.
    func fields() -> [(String, String)] {
        let tree = page.tree
        let formID = tree.nodes[form].id
        var result: [(String, String)] = []
        var hidden = tree.hiddenFields.filter { $0.formID == formID }[...]
        for index in tree.nodes.indices {
            while let next = hidden.first, next.position <= index {
                result.append((next.name, next.value))
                hidden = hidden.dropFirst()
            }
            let node = tree.nodes[index]
            guard let source = node.source, source.formID == formID, let name = source["name"], !name.isEmpty,
                  !node.states.contains(.disabled) else { continue }
            switch source.tag {
            case "input":
                switch page.inputType(index) {
                case "checkbox", "radio":
                    if node.states.contains(.checked) { result.append((name, source["value"] ?? "on")) }
                case "submit", "button", "reset", "image":
                    if index == submitter { result.append((name, source["value"] ?? "")) }
                case "file":
                    continue
                case "password":
                    result.append((name, page.secrets[index] ?? source["value"] ?? ""))
                default:
                    result.append((name, node.value ?? ""))
                }
            case "textarea":
                result.append((name, node.value ?? ""))
            case "select":
                let options = page.options(of: index)
                let chosen = options.filter { tree.nodes[$0].states.contains(.selected) }
                let sent = chosen.isEmpty && node.role == .combobox ? Array(options.prefix(1)) : chosen
                for option in sent {
                    result.append((name, tree.nodes[option].source?["value"] ?? tree.nodes[option].name))
                }
            case "button":
                if index == submitter { result.append((name, source["value"] ?? "")) }
            default:
                continue
            }
        }
        result.append(contentsOf: hidden.map { ($0.name, $0.value) })
        return result
    }

    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
    }

    /// The urlencoded serializer: unreserved bytes as they are, space as `+`.
    static func formEncode(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        let hex = Array("0123456789ABCDEF")
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "*"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            case UInt8(ascii: " "):
                out.append("+")
            default:
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
