import GRDB
import SandboxKit

/// Home, category and search pages.
enum CatalogPages {
    static func home(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let featured = try Row.fetchAll(shop.db.cachedStatement(sql: """
            \(ProductListing.cardSelect) FROM products p JOIN brands b ON b.id = p.brand_id JOIN main.stock s ON s.product_id = p.id
            WHERE p.featured = 1 ORDER BY p.id LIMIT 12
            """)).map { ProductListing.card($0, basePath: shop.context.basePath) }
        let newest = try Row.fetchAll(shop.db.cachedStatement(sql: """
            \(ProductListing.cardSelect) FROM products p JOIN brands b ON b.id = p.brand_id JOIN main.stock s ON s.product_id = p.id
            ORDER BY p.created_at DESC, p.id LIMIT 8
            """)).map { ProductListing.card($0, basePath: shop.context.basePath) }
        return try shop.page("home", title: "Larkspur Market: home", [
            "featured": featured, "newest": newest, "departments": try departmentTree(shop.db),
        ])
    }

    static func departmentTree(_ db: Database) throws -> [[String: Any]] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT c.id, c.parent_id, c.slug, c.name, c.description,
                (SELECT COUNT(*) FROM products p WHERE p.category_id = c.id) AS n
            FROM categories c ORDER BY c.position, c.id
            """))
        return rows.filter { ($0["parent_id"] as Int?) == nil }.map { department in
            let id: Int = department["id"]
            let children = rows.filter { ($0["parent_id"] as Int?) == id }.map {
                ["slug": $0["slug"] as String, "name": $0["name"] as String, "count": $0["n"] as Int] as [String: Any]
            }
            return ["slug": department["slug"] as String, "name": department["name"] as String,
                    "description": department["description"] as String, "children": children]
        }
    }

    static func category(_ shop: inout ShopRequest, slug: String) throws -> SandboxResponse {
        guard let category = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT id, parent_id, name, description FROM categories WHERE slug = ?"), arguments: [slug]) else {
            return try shop.notFound("There is no category called \"\(slug)\".")
        }
        let id: Int = category["id"]
        let parentID: Int? = category["parent_id"]
        let children = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT id, slug, name FROM categories WHERE parent_id = ? ORDER BY position"), arguments: [id])
        let scopeIDs = children.isEmpty ? [id] : children.map { $0["id"] as Int }
        let listing = ProductListing(scope: .categories(scopeIDs), query: shop.query)
        var data = try listing.templateData(shop.db, path: "/category/\(slug)", basePath: shop.context.basePath, fixedPairs: [], cacheKey: try shop.catalogKey)
        let name: String = category["name"]
        data["heading"] = name
        data["description"] = category["description"] as String
        data["action"] = shop.url("/category/\(slug)")
        data["subcategories"] = children.map { ["slug": $0["slug"] as String, "name": $0["name"] as String] as [String: Any] }
        data["has_subcategories"] = !children.isEmpty
        var crumbs: [[String: Any]] = []
        if let parentID, let parent = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT slug, name FROM categories WHERE id = ?"), arguments: [parentID]) {
            crumbs.append(["url": shop.url("/category/\(parent["slug"] as String)"), "name": parent["name"] as String])
        }
        data["crumbs"] = crumbs
        data["current_crumb"] = name
        return try shop.page("listing", title: "\(name) | Larkspur Market", data)
    }

    static func search(_ shop: inout ShopRequest) throws -> SandboxResponse {
        let text = shop.query.nonEmpty("q") ?? ""
        var data: [String: Any] = ["search_query": text, "is_search": true, "action": shop.url("/search"), "crumbs": [] as [Any], "current_crumb": "Search"]
        if let match = ProductListing.matchExpression(text) {
            let listing = ProductListing(scope: .search(match), query: shop.query)
            data.merge(try listing.templateData(shop.db, path: "/search", basePath: shop.context.basePath, fixedPairs: [.init(name: "q", value: text)], cacheKey: try shop.catalogKey)) { $1 }
            data["heading"] = "Results for “\(text)”"
        } else {
            // An empty search browses the whole catalogue (the home page links here for new arrivals).
            let leaves = try Int.fetchAll(shop.db.cachedStatement(sql: "SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY id"))
            let listing = ProductListing(scope: .categories(leaves), query: shop.query)
            data.merge(try listing.templateData(shop.db, path: "/search", basePath: shop.context.basePath, fixedPairs: [], cacheKey: try shop.catalogKey)) { $1 }
            data["heading"] = "All products"
            data["is_search"] = false
        }
        return try shop.page("listing", title: text.isEmpty ? "Search | Larkspur Market" : "\(text) | Search | Larkspur Market", data)
    }
}
