import CLibXML2

/// Load-time XPath validation, so a typo in a page check fails `tasks validate`
/// instead of every episode's scoring.
public enum XPathSyntax {
    /// Why `expression` does not compile, or nil when it does.
    @Sendable public static func problem(_ expression: String) -> String? {
        HTMLXPath.prepare()
        guard let context = xmlXPathNewContext(nil) else { return "cannot create an XPath context" }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = { _, _ in }
        let compiled = expression.withCString { expr in
            expr.withMemoryRebound(to: xmlChar.self, capacity: expression.utf8.count + 1) {
                xmlXPathCtxtCompile(context, $0)
            }
        }
        guard let compiled else { return "invalid XPath expression '\(expression)'" }
        xmlXPathFreeCompExpr(compiled)
        return nil
    }
}
