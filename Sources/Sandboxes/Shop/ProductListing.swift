import GRDB
import SandboxKit
import Vocabulary

/// Filtering, sorting and paging of products, shared by category pages and search.
struct ProductListing {
    /// Restricts the base set: a category subtree or an FTS match.
    enum Scope {
        case categories([Int])
        case search(String)
    }

    let scope: Scope
    let brands: [String]
    let colors: [String]
    let minPrice: Int?
    let maxPrice: Int?
    let minRating: Int?
    let sort: String
    let page: Int

    static let sorts: [(value: String, label: String)] = [
        ("relevance", "Relevance"), ("price_asc", "Price: low to high"), ("price_desc", "Price: high to low"),
        ("rating", "Customer rating"), ("newest", "Newest arrivals"), ("name", "Name: A to Z"),
    ]

    init(scope: Scope, query: FormFields) {
        self.scope = scope
        brands = query.all("brand").filter { !$0.isEmpty }
        colors = query.all("color").filter { !$0.isEmpty }
        minPrice = query.nonEmpty("min_price").flatMap { Double($0) }.map { Int(($0 * 100).rounded()) }
        maxPrice = query.nonEmpty("max_price").flatMap { Double($0) }.map { Int(($0 * 100).rounded()) }
        minRating = query.nonEmpty("rating").flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        let requested = query.nonEmpty("sort") ?? ""
        let allowed = Self.sorts.map(\.value).filter { value in
            if case .search = scope { return true }
            return value != "relevance"
        }
        if allowed.contains(requested) {
            sort = requested
        } else if case .search = scope {
            sort = "relevance"
        } else {
            sort = "price_asc"
        }
        page = max(1, query.nonEmpty("page").flatMap { Int($0) } ?? 1)
    }

    /// FTS5 query from free text: every word must match (prefix match on the last one).
    static func matchExpression(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }.prefix(12)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }

    /// Ratings combine seeded reviews (pre-summed in the catalogue) with reviews written in
    /// this instance; correlated subqueries on the small indexed `new_reviews` stay cheap.
    static let newRatingSum = "(SELECT COALESCE(SUM(r.rating), 0) FROM main.new_reviews r WHERE r.product_id = p.id)"
    static let reviewCountExpression = "(p.seed_rating_count + (SELECT COUNT(*) FROM main.new_reviews r WHERE r.product_id = p.id))"
    static let ratingExpression = "(p.seed_rating_sum + \(newRatingSum)) * 1.0 / NULLIF(\(reviewCountExpression), 0)"

    private func baseClause() -> (from: String, where: [String], arguments: [DatabaseValueConvertible?]) {
        switch scope {
        case .categories(let ids):
            return ("products p", ["p.category_id IN (\(ids.map(String.init).joined(separator: ",")))"], [])
        case .search(let match):
            return ("products p JOIN (SELECT rowid AS fts_id, bm25(products_fts, 10.0, 6.0, 4.0, 1.0) AS score FROM products_fts WHERE products_fts MATCH ?) f ON f.fts_id = p.id",
                    [], [match])
        }
    }

    private func filterClause() -> ([String], [DatabaseValueConvertible?]) {
        var clauses: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if !brands.isEmpty {
            clauses.append("p.brand_id IN (SELECT id FROM brands WHERE slug IN (\(brands.map { _ in "?" }.joined(separator: ","))))")
            arguments += brands
        }
        if !colors.isEmpty {
            clauses.append("EXISTS (SELECT 1 FROM product_options o WHERE o.product_id = p.id AND o.kind = 'color' AND o.value IN (\(colors.map { _ in "?" }.joined(separator: ","))))")
            arguments += colors
        }
        if let minPrice {
            clauses.append("p.price_cents >= ?")
            arguments.append(minPrice)
        }
        if let maxPrice {
            clauses.append("p.price_cents <= ?")
            arguments.append(maxPrice)
        }
        if let minRating {
            clauses.append("\(Self.ratingExpression) >= ?")
            arguments.append(minRating)
        }
        return (clauses, arguments)
    }

    private var orderClause: String {
        switch sort {
        case "relevance": "f.score, p.id"
        case "price_desc": "p.price_cents DESC, p.id"
        case "rating": "COALESCE(rating, 0) DESC, review_count DESC, p.id"
        case "newest": "p.created_at DESC, p.id"
        case "name": "p.name COLLATE NOCASE, p.id"
        default: "p.price_cents, p.id"
        }
    }

    struct Page {
        let total: Int
        let products: [[String: Any]]
    }

    /// The page's products. Two steps: the ids of the page (only the sort key is computed per
    /// product in scope), then the cards of those ids alone; an unfiltered category listing
    /// takes its ordered ids from `FacetCache` (given a `cacheKey`), since no request to the shop can change that order (a
    /// rating order only while the instance has no new reviews).
    func fetch(_ db: Database, basePath: String, cacheKey: String?) throws -> Page {
        let base = baseClause()
        let filters = filterClause()
        let conditions = base.where + filters.0
        let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let arguments = StatementArguments(base.arguments + filters.1)
        let sortColumns = sort == "rating" ? ", \(Self.ratingExpression) AS rating, \(Self.reviewCountExpression) AS review_count" : ""
        let orderSQL = "SELECT p.id\(sortColumns) FROM \(base.from) \(whereSQL) ORDER BY \(orderClause)"
        let offset = (page - 1) * ShopRequest.pageSize
        let total: Int
        let ids: [Int]
        if let cacheKey, case .categories(let scopeIDs) = scope, filters.0.isEmpty,
            try sort != "rating" || !(Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM main.new_reviews)")) ?? true)
        {
            let ordered = try FacetCache.shared.order("\(cacheKey)|\(scopeIDs)|\(sort)") {
                try Int.fetchAll(db.cachedStatement(sql: orderSQL), arguments: arguments)
            }
            total = ordered.count
            ids = Array(ordered.dropFirst(offset).prefix(ShopRequest.pageSize))
        } else {
            total = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM \(base.from) \(whereSQL)"), arguments: arguments) ?? 0
            var pageArguments = arguments
            pageArguments += [ShopRequest.pageSize, offset]
            ids = try Int.fetchAll(db.cachedStatement(sql: orderSQL + " LIMIT ? OFFSET ?"), arguments: pageArguments)
        }
        return Page(total: total, products: try Self.cards(db, ids: ids, basePath: basePath))
    }

    /// Cards of `ids`, in that order.
    static func cards(_ db: Database, ids: [Int], basePath: String) throws -> [[String: Any]] {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "\(cardSelect) FROM products p JOIN brands b ON b.id = p.brand_id JOIN main.stock s ON s.product_id = p.id WHERE p.id IN (\(placeholders))"),
            arguments: StatementArguments(ids))
        var byID: [Int: Row] = [:]
        for row in rows { byID[row["id"]] = row }
        return ids.compactMap { byID[$0].map { card($0, basePath: basePath) } }
    }

    static let cardSelect = """
        SELECT p.id, p.sku, p.slug, p.name, p.price_cents, p.compare_at_cents, b.name AS brand, s.quantity AS stock,
            \(ratingExpression) AS rating, \(reviewCountExpression) AS review_count
        """

    /// A product card from a row whose first columns are `cardSelect`'s, read by position
    /// (GRDB's lookup by name costs more than the rest of the card).
    static func card(_ row: Row, basePath: String) -> [String: Any] {
        let price: Int = row[4]
        let compare: Int? = row[5]
        let stock: Int = row[7]
        let rating: Double? = row[8]
        let reviews: Int = row[9]
        var card: [String: Any] = [
            "id": row[0] as Int, "sku": row[1] as String, "slug": row[2] as String, "name": row[3] as String,
            "brand": row[6] as String, "price": Pricing.format(price), "in_stock": stock > 0,
            "low_stock": stock > 0 && stock <= 5, "stock": stock, "review_count": reviews, "has_reviews": reviews > 0, "review_label": reviews == 1 ? "1 review" : "\(reviews) reviews",
            "rating": rating.map(oneDecimal) ?? "",
        ]
        if let compare, compare > price { card["compare_at"] = Pricing.format(compare) }
        _ = basePath
        return card
    }

    /// `String(format: "%.1f", value)` for a non-negative rating, without Foundation's
    /// formatter on the common path: only a value whose tenths land within a hair of a tie
    /// (where printf's exact rounding decides) goes to the formatter.
    static func oneDecimal(_ value: Double) -> String {
        let scaled = value * 10
        let fraction = scaled - scaled.rounded(.down)
        guard value >= 0, scaled < 1e9, abs(fraction - 0.5) > 1e-6 else { return String(format: "%.1f", value) }
        let tenths = Int(scaled.rounded(.toNearestOrAwayFromZero))
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Facet values with counts over the scope (ignoring the current filters). Category scopes
    /// are cached per `cacheKey` (the catalogue's identity; nil when this instance's catalogue
    /// can change), search scopes are not.
    func facets(_ db: Database, cacheKey: String?) throws -> (brands: [[String: Any]], colors: [[String: Any]]) {
        let compute = { () throws -> FacetCache.Entry in
            let base = baseClause()
            let whereSQL = base.where.isEmpty ? "" : "WHERE " + base.where.joined(separator: " AND ")
            let arguments = StatementArguments(base.arguments)
            let brandRows = try Row.fetchAll(db, sql: "SELECT b.slug, b.name, COUNT(*) AS n FROM \(base.from) JOIN brands b ON b.id = p.brand_id \(whereSQL) GROUP BY b.id ORDER BY b.name", arguments: arguments)
            let colorRows = try Row.fetchAll(db, sql: "SELECT o.value, COUNT(*) AS n FROM \(base.from) JOIN product_options o ON o.product_id = p.id AND o.kind = 'color' \(whereSQL) GROUP BY o.value ORDER BY o.value", arguments: arguments)
            return FacetCache.Entry(brands: brandRows.map { ($0["slug"], $0["name"], $0["n"]) }, colors: colorRows.map { ($0["value"], $0["n"]) })
        }
        let entry: FacetCache.Entry
        if let cacheKey, case .categories(let ids) = scope {
            entry = try FacetCache.shared.entry("\(cacheKey)|\(ids)", compute: compute)
        } else {
            entry = try compute()
        }
        let brandFacets = entry.brands.enumerated().map { index, brand -> [String: Any] in
            ["value": brand.slug, "label": brand.name, "count": brand.count, "checked": brands.contains(brand.slug), "field_id": "brand-\(index)"]
        }
        let colorFacets = entry.colors.enumerated().map { index, color -> [String: Any] in
            ["value": color.value, "label": color.value, "count": color.count, "checked": colors.contains(color.value), "field_id": "color-\(index)"]
        }
        return (brandFacets, colorFacets)
    }

    /// Query pairs for the current filters (and sort), for hidden inputs and page links.
    func filterPairs(includeSort: Bool) -> [NameValue] {
        var pairs: [NameValue] = []
        for brand in brands { pairs.append(.init(name: "brand", value: brand)) }
        for color in colors { pairs.append(.init(name: "color", value: color)) }
        if let minPrice { pairs.append(.init(name: "min_price", value: Self.dollars(minPrice))) }
        if let maxPrice { pairs.append(.init(name: "max_price", value: Self.dollars(maxPrice))) }
        if let minRating { pairs.append(.init(name: "rating", value: String(minRating))) }
        if includeSort { pairs.append(.init(name: "sort", value: sort)) }
        return pairs
    }

    static func dollars(_ cents: Int) -> String {
        cents % 100 == 0 ? String(cents / 100) : String(format: "%.2f", Double(cents) / 100)
    }

    /// Everything a listing template needs: results, facets, sort options, pagination.
    func templateData(_ db: Database, path: String, basePath: String, fixedPairs: [NameValue], cacheKey: String?) throws -> [String: Any] {
        let result = try fetch(db, basePath: basePath, cacheKey: cacheKey)
        let facets = try facets(db, cacheKey: cacheKey)
        let pageCount = max(1, (result.total + ShopRequest.pageSize - 1) / ShopRequest.pageSize)
        func link(page: Int) -> String {
            var pairs = fixedPairs + filterPairs(includeSort: true)
            if page > 1 { pairs.append(.init(name: "page", value: String(page))) }
            return basePath + path + "?" + FormFields(pairs: pairs).urlEncoded
        }
        var pages: [[String: Any]] = []
        let window = max(1, page - 3)...min(pageCount, max(1, page - 3) + 6)
        for number in window {
            pages.append(["number": number, "url": link(page: number), "current": number == page])
        }
        let isSearch: Bool = { if case .search = scope { return true } else { return false } }()
        let first = result.total == 0 ? 0 : (page - 1) * ShopRequest.pageSize + 1
        return [
            "products": result.products,
            "total": result.total,
            "has_results": result.total > 0,
            "range_first": first,
            "range_last": min(result.total, page * ShopRequest.pageSize),
            "brand_facets": facets.brands,
            "has_color_facets": !facets.colors.isEmpty,
            "color_facets": facets.colors,
            "min_price": minPrice.map(Self.dollars) ?? "",
            "max_price": maxPrice.map(Self.dollars) ?? "",
            "rating_options": ([4, 3, 2, 1] as [Int]).map { (stars: Int) -> [String: Any] in
                ["value": stars, "label": stars == 1 ? "1 star & up" : "\(stars) stars & up", "checked": minRating == stars, "field_id": "rating-\(stars)"]
            },
            "rating_any_checked": minRating == nil,
            "sort_options": Self.sorts.filter { isSearch || $0.value != "relevance" }.map { ["value": $0.value, "label": $0.label, "selected": $0.value == sort] as [String: Any] },
            "sort_hidden": [["name": "sort", "value": sort]],
            "filter_hidden": filterPairs(includeSort: false).map { ["name": $0.name, "value": $0.value] },
            "fixed_hidden": fixedPairs.map { ["name": $0.name, "value": $0.value] },
            "has_filters": !filterPairs(includeSort: false).isEmpty,
            "clear_url": basePath + path + (fixedPairs.isEmpty ? "" : "?" + FormFields(pairs: fixedPairs).urlEncoded),
            "pages": pages,
            "has_pagination": pageCount > 1,
            "page": page,
            "page_count": pageCount,
            "prev_url": page > 1 ? link(page: page - 1) : "",
            "next_url": page < pageCount ? link(page: page + 1) : "",
            "has_prev": page > 1,
            "has_next": page < pageCount,
        ]
    }
}

import Foundation
