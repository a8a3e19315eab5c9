import CLibXML2

/// Reads XML screens with libxml2's XML parser into a `DocumentArena`.
///
/// Screens are small, so this walks libxml2's DOM (iteratively) rather than using SAX.
enum XMLReader {
    static func read(_ input: UnsafeBufferPointer<UInt8>) throws(ObservationError) -> DocumentArena {
        LibXML2.initialize()
        guard input.count > 0, let base = input.baseAddress else {
            throw .malformedXML(line: 1, column: 1, message: "the document is empty")
        }
        guard let context = xmlNewParserCtxt() else {
            throw .malformedXML(line: 0, column: 0, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let document = base.withMemoryRebound(to: CChar.self, capacity: input.count) {
            xmlCtxtReadMemory(context, $0, Int32(clamping: input.count), nil, "UTF-8", LibXML2.xmlOptions)
        }
        defer { if let document { xmlFreeDoc(document) } }
        guard let document, let root = xmlDocGetRootElement(document) else {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0).trimmingSpaces } ?? "no root element"
            throw .malformedXML(line: Int(error.line), column: Int(error.int2), message: message.isEmpty ? "no root element" : message)
        }
        var builder = ArenaBuilder(expectedBytes: input.count)

        // Pre-order walk over libxml2's nodes with an explicit climb, no recursion.
        var node: xmlNodePtr? = root
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tagName = String(cString: current.pointee.name)
                let tag = Tag.xml(named: tagName)
                var attributes: [(AttributeName, [UInt8])] = []
                var attribute = current.pointee.properties
                while let a = attribute {
                    attribute = a.pointee.next
                    guard let name = AttributeName.xml(named: String(cString: a.pointee.name)) else { continue }
                    var value: [UInt8] = []
                    if let raw = xmlNodeListGetString(document, a.pointee.children, 1) {
                        value = Array(UnsafeBufferPointer(start: raw, count: strlen(raw)))
                        gauntlet_xml_free(raw)
                    }
                    attributes.append((name, value))
                }
                builder.openElement(tag: tag, attributes: attributes, otherName: tag == .other ? tagName : nil)
                descend = current.pointee.children != nil
                if !descend { builder.closeElement() }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    builder.text(UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Climb until a next sibling exists, closing the elements we leave.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb {
                if c == root { break }
                if let next = c.pointee.next {
                    node = next
                    break
                }
                climb = c.pointee.parent
                if let parent = climb, parent.pointee.type == XML_ELEMENT_NODE { builder.closeElement() }
            }
        }
        return builder.finish()
    }
}

private func strlen(_ pointer: UnsafePointer<UInt8>) -> Int {
    var n = 0
    while pointer[n] != 0 { n += 1 }
    return n
}
