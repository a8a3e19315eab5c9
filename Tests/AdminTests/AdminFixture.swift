import Admin
import Foundation
import GauntletTesting
import SandboxKit
import Shop
import Vocabulary

/// One live host with the shop and the admin, shared by the admin tests.
enum AdminFixture {
    static let shared = SharedHost { try await SandboxHost(sandboxes: [ShopSandbox(), AdminSandbox()], defaultSeed: 1, poolSize: 4) }
}

/// A scripted client of one site over a real loopback connection.
struct Visitor {
    let client: LoopbackHTTPClient

    init(port: Int, site: String, instance: String) {
        client = LoopbackHTTPClient(port: port, hostName: "\(site).localhost", instanceID: instance)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    @discardableResult
    func expect(_ response: LoopbackHTTPClient.Response, _ status: Int, _ step: String, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        guard response.status == status else {
            throw Failure(description: "\(step): status \(response.status), expected \(status); body starts \(response.body.prefix(400))")
        }
        if let text, !response.body.contains(Self.escape(text)) {
            throw Failure(description: "\(step): page lacks \"\(text)\"")
        }
        return response
    }

    @discardableResult
    func get(_ path: String, _ status: Int = 200, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        try expect(client.get(path), status, "GET \(path)", contains: text)
    }

    /// POSTs a form; a 303 is followed and the page it leads to returned.
    @discardableResult
    func submit(_ path: String, _ form: [(String, String)], _ status: Int = 303, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        let (post, page) = try client.submit(path, form: form)
        try expect(post, status, "POST \(path)")
        return try expect(page, status == 303 ? 200 : status, "after POST \(path)", contains: text)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Signs in to the admin as a seeded staff member (ids 1 admin, 2 sales, 3 catalog).
    static func staff(port: Int, instance: String, username: String, id: Int) throws -> Visitor {
        let visitor = Visitor(port: port, site: "admin", instance: instance)
        try visitor.submit("/login", [("username", username), ("password", "Admin!000\(id)"), ("next", "")])
        return visitor
    }
}
