import Vocabulary

// The Swift example agent: speaks gauntlet/1 on stdin/stdout with AgentProtocol's own
// codec. It clicks the first link it has not clicked yet and stops when none is left
// or after eight steps. Being compiled and small, it is also the "trivial compiled
// agent" of `gauntlet bench protocol`.
import AgentProtocol

#if canImport(Glibc)
import Glibc
#endif

func emit(_ value: JSONValue) {
    var bytes = Array(JSONWriter.encode(value).utf8)
    bytes.append(0x0A)
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if n <= 0 { exit(1) }
        offset += n
    }
}

func action(_ text: String) {
    emit(.object([("type", .string("action")), ("action", .string(text))]))
}

/// Ids of `link` nodes in tree text such as `  [12] link 'Shoes'`.
func linkIDs(in text: String) -> [String] {
    var ids: [String] = []
    for line in text.split(separator: "\n") {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { continue }
        let rest = trimmed[trimmed.index(after: close)...].drop { $0 == " " }
        if rest.hasPrefix("link ") || rest.hasPrefix("link\n") {
            ids.append(String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]))
        }
    }
    return ids
}

struct LinkWalker {
    var clicked: Set<String> = []
    var steps = 0

    mutating func decide(_ observation: JSONValue?) {
        steps += 1
        let text = observation?["text"]?.stringValue ?? ""
        if steps > 8 {
            action("stop [done]")
            return
        }
        if let next = linkIDs(in: text).first(where: { !clicked.contains($0) }) {
            clicked.insert(next)
            action("click [\(next)]")
        } else {
            action("stop [done]")
        }
    }
}

var walker = LinkWalker()

while let line = readLine(strippingNewline: true) {
    guard let message = try? JSONParser.parse(line), let type = message["type"]?.stringValue else {
        FileHandleless.log("unreadable message")
        continue
    }
    switch type {
    case "hello":
        emit(.object([("type", .string("ready")), ("agent", .string("swift-example")), ("version", .string("1.0"))]))
    case "episode":
        walker = LinkWalker()
        walker.decide(message["observation"])
    case "observation":
        walker.decide(message["observation"])
    case "bye":
        exit(0)
    default:
        break  // episode_end and anything newer need no reply
    }
}

enum FileHandleless {
    static func log(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
