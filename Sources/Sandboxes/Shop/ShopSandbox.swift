import GRDB
import SandboxKit
import Worlds

/// The shop: a department store with catalogue, search, cart, checkout, orders and accounts.
public struct ShopSandbox: PlayableSandbox {
    public init() {}

    public var name: String { "shop" }
    public var title: String { "Larkspur Market (shop)" }
    public var dataVersion: Int { 2 }
    /// Played in a browser, like every website.
    public var world: any EpisodeWorld { BrowserWorld() }

    public func buildCatalog(_ db: Database, seed: UInt64) throws {
        try CatalogGenerator(seed: seed).build(db)
    }

    public func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try InstanceStateGenerator(seed: seed).build(db)
    }

    public var connectionSetupSQL: [String] { ShopSchema.connectionSetup }
    /// Browsing and signing in change only the session.
    public let sessionTables = [ShopRequest.sessions.table]

    public func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        try await ShopRequest.serve(request, context: context, route: Self.route)
    }

    /// Method and path to handler. Paths are relative to the shop's origin.
    static func route(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let parts = shop.request.path.split(separator: "/").map(String.init)
        let post = shop.request.isPost
        switch (post, parts.count, parts.first ?? "") {
        case (false, 0, _): return try CatalogPages.home(&shop)
        case (false, 2, "category"): return try CatalogPages.category(&shop, slug: parts[1])
        case (false, 1, "search"): return try CatalogPages.search(&shop)
        case (false, 2, "product"): return try ProductPage.show(&shop, slug: parts[1])
        case (true, 3, "product") where parts[2] == "reviews": return try ProductPage.postReview(&shop, slug: parts[1])
        case (false, 1, "cart"): return try CartPages.show(&shop)
        case (true, 2, "cart"):
            switch parts[1] {
            case "add": return try ProductPage.addToCart(&shop)
            case "update": return try CartPages.update(&shop)
            case "remove": return try CartPages.remove(&shop)
            case "coupon": return try CartPages.applyCoupon(&shop)
            case "coupon-remove": return try CartPages.removeCoupon(&shop)
            default: break
            }
        case (false, 1, "wishlist"): return try WishlistPages.show(&shop)
        case (true, 2, "wishlist") where parts[1] == "add": return try WishlistPages.add(&shop)
        case (true, 2, "wishlist") where parts[1] == "remove": return try WishlistPages.remove(&shop)
        case (false, 1, "checkout"): return try CheckoutPages.show(&shop)
        case (true, 1, "checkout"): return try CheckoutPages.submit(&shop)
        case (false, 2, "checkout") where parts[1] == "review": return try CheckoutPages.review(&shop)
        case (true, 2, "checkout") where parts[1] == "place": return try CheckoutPages.place(&shop)
        case (false, 1, "orders"): return try OrderPages.list(&shop)
        case (false, 2, "orders"): return try OrderPages.detail(&shop, number: parts[1])
        case (true, 3, "orders") where parts[2] == "cancel": return try OrderPages.cancel(&shop, number: parts[1])
        case (true, 3, "orders") where parts[2] == "reorder": return try OrderPages.reorder(&shop, number: parts[1])
        case (false, 1, "login"): return try AccountPages.loginForm(&shop)
        case (true, 1, "login"): return try AccountPages.login(&shop)
        case (true, 1, "logout"): return try AccountPages.logout(&shop)
        case (false, 1, "register"): return try AccountPages.registerForm(&shop)
        case (true, 1, "register"): return try AccountPages.register(&shop)
        case (false, 1, "account"): return try AccountPages.account(&shop)
        case (true, 2, "account") where parts[1] == "profile": return try AccountPages.updateProfile(&shop)
        case (true, 2, "account") where parts[1] == "password": return try AccountPages.changePassword(&shop)
        case (false, 2, "account") where parts[1] == "addresses": return try AddressPages.list(&shop)
        case (true, 2, "account") where parts[1] == "addresses": return try AddressPages.create(&shop)
        case (false, 4, "account") where parts[1] == "addresses" && parts[3] == "edit": return try AddressPages.edit(&shop, id: parts[2])
        case (true, 3, "account") where parts[1] == "addresses": return try AddressPages.update(&shop, id: parts[2])
        case (true, 4, "account") where parts[1] == "addresses" && parts[3] == "delete": return try AddressPages.delete(&shop, id: parts[2])
        case (true, 4, "account") where parts[1] == "addresses" && parts[3] == "default": return try AddressPages.makeDefault(&shop, id: parts[2])
        case (false, 1, "contact"): return try ContactPage.show(&shop)
        case (true, 1, "contact"): return try ContactPage.submit(&shop)
        default: break
        }
        return try shop.notFound()
    }
}
