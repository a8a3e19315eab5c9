import CLibXML2

/// XPath over an HTML page with libxml2, for page checks.
enum HTMLXPath {
    enum Result: Equatable {
        /// Text content of each matched node (attribute value for attributes), in document order.
        case nodes([String])
        /// A string, number or boolean expression's value as text.
        case scalar(String)
    }

    struct Failure: Error, Equatable {
        var reason: String
    }

    /// libxml2 wants one global initialisation before parsers run on several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func prepare() {
        _ = initialized
    }

    static func evaluate(html: [UInt8], xpath: String) throws(Failure) -> Result {
        prepare()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let parsed: htmlDocPtr? = html.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(buf.count), "page.html", "UTF-8", options)
                }
            }
        }
        guard let doc = parsed else { throw Failure(reason: "the page is empty or not HTML") }
        defer { xmlFreeDoc(doc) }
        guard let context = xmlXPathNewContext(doc) else { throw Failure(reason: "cannot create an XPath context") }
        defer { xmlXPathFreeContext(context) }
        // Per-context handler: keeps libxml2 from printing XPath syntax errors to stderr.
        context.pointee.error = { _, _ in }
        let object: xmlXPathObjectPtr? = xpath.withCString { expr in
            expr.withMemoryRebound(to: xmlChar.self, capacity: xpath.utf8.count + 1) {
                xmlXPathEvalExpression($0, context)
            }
        }
        guard let object else { throw Failure(reason: "invalid XPath expression '\(xpath)'") }
        defer { xmlXPathFreeObject(object) }
        switch object.pointee.type {
        case XPATH_NODESET:
            guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab else {
                return .nodes([])
            }
            var texts: [String] = []
            for i in 0..<Int(set.pointee.nodeNr) {
                guard let node = tab[i] else { continue }
                texts.append(content(of: node))
            }
            return .nodes(texts)
        case XPATH_STRING:
            guard let s = object.pointee.stringval else { return .scalar("") }
            return .scalar(String(cString: UnsafeRawPointer(s).assumingMemoryBound(to: CChar.self)))
        case XPATH_NUMBER:
            let d = object.pointee.floatval
            return .scalar(d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d))
        case XPATH_BOOLEAN:
            return .scalar(object.pointee.boolval != 0 ? "true" : "false")
        default:
            throw Failure(reason: "unsupported XPath result type")
        }
    }

    private static func content(of node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { gauntlet_xml_free(raw) }
        return String(cString: UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self))
    }

    /// Whitespace runs collapsed to one space and trimmed, as a reader sees the text.
    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
