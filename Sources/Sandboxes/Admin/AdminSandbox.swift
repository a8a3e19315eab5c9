import GRDB
import SandboxKit
import Vocabulary
import Worlds

/// The store admin: staff manage the shop's orders, catalogue, customers, reviews and coupons,
/// on the shop's own tables in the same instance (it builds on the shop).
public struct AdminSandbox: PlayableSandbox {
    public init() {}

    public var name: String { "admin" }
    public var title: String { "Larkspur Market Admin (store admin)" }
    public var dataVersion: Int { 1 }
    public var buildsOn: [String] { ["shop"] }
    public var world: any EpisodeWorld { BrowserWorld() }

    /// Everything the admin reads that is not the shop's lives in `main`.
    public func buildCatalog(_ db: Database, seed: UInt64) throws {}

    public func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try AdminStateGenerator(seed: seed).build(db)
    }

    public var connectionSetupSQL: [String] { AdminSchema.connectionSetup }
    /// Browsing and signing in change only the session.
    public let sessionTables = [AdminRequest.sessions.table]

    public func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        try await AdminRequest.serve(request, context: context, route: Self.route)
    }

    /// Method and path to handler; every section but sign-in needs a user whose role may open it.
    static func route(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let parts = admin.request.path.split(separator: "/").map(String.init)
        let post = admin.request.isPost
        let section = parts.first ?? ""
        switch (post, section) {
        case (false, "login"): return try SignInPages.form(&admin)
        case (true, "login"): return try SignInPages.signIn(&admin)
        case (true, "logout"): return try SignInPages.signOut(&admin)
        case (false, "static"): throw AdminRequest.Refusal(status: 404, message: "There is no such file.")
        default: break
        }
        guard admin.user != nil else {
            return admin.signInRedirect(next: admin.request.path + (admin.request.query.pairs.isEmpty ? "" : "?" + admin.request.query.urlEncoded))
        }
        if section.isEmpty, let user = admin.user { return admin.redirect(AdminVocabulary.startPage(user.role)) }
        guard AdminVocabulary.sections.contains(where: { $0.path == section }) else {
            throw AdminRequest.Refusal(status: 404, message: "There is no page at \(admin.request.path).")
        }
        guard admin.may(section) else { return try admin.denied() }
        let rest = Array(parts.dropFirst())
        switch (section, post, rest.count) {
        case ("dashboard", false, 0): return try DashboardPage.show(&admin)
        case ("orders", false, 0): return try SalesOrderGrid.show(&admin)
        case ("orders", true, 1) where rest[0] == "mass": return try SalesOrderGrid.massAction(&admin)
        case ("orders", false, 1): return try SalesOrderView.show(&admin, number: rest[0])
        case ("orders", true, 2): return try SalesOrderView.act(&admin, number: rest[0], action: rest[1])
        case ("products", false, 0): return try ProductAdminPages.grid(&admin)
        case ("products", false, 1): return try ProductAdminPages.edit(&admin, id: try AdminRequest.id(rest[0], "product"))
        case ("products", true, 1): return try ProductAdminPages.save(&admin, id: try AdminRequest.id(rest[0], "product"))
        case ("customers", false, 0): return try CustomerAdminPages.grid(&admin)
        case ("customers", false, 1): return try CustomerAdminPages.edit(&admin, id: try AdminRequest.id(rest[0], "customer"))
        case ("customers", true, 1): return try CustomerAdminPages.save(&admin, id: try AdminRequest.id(rest[0], "customer"))
        case ("reviews", false, 0): return try ReviewModerationPages.grid(&admin)
        case ("reviews", true, 1): return try ReviewModerationPages.moderate(&admin, id: try AdminRequest.id(rest[0], "review"))
        case ("coupons", false, 0): return try CouponRulePages.grid(&admin)
        case ("coupons", false, 1) where rest[0] == "new": return try CouponRulePages.form(&admin, code: nil)
        case ("coupons", true, 0): return try CouponRulePages.save(&admin, code: nil)
        case ("coupons", false, 1): return try CouponRulePages.form(&admin, code: rest[0])
        case ("coupons", true, 1): return try CouponRulePages.save(&admin, code: rest[0])
        case ("reports", false, 0): return try ReportPages.index(&admin)
        case ("reports", false, 1): return try ReportPages.show(&admin, report: rest[0])
        default: throw AdminRequest.Refusal(status: 404, message: "There is no page at \(admin.request.path).")
        }
    }
}
