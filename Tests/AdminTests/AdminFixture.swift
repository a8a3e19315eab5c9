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

/// Staff of the admin.
extension SiteVisitor {
    /// Signs in to the admin as a seeded staff member (ids 1 admin, 2 sales, 3 catalog).
    static func staff(port: Int, instance: String, username: String, id: Int) throws -> SiteVisitor {
        let visitor = SiteVisitor(port: port, site: "admin", instance: instance)
        try visitor.submit("/login", [("username", username), ("password", "Admin!000\(id)"), ("next", "")])
        return visitor
    }
}
