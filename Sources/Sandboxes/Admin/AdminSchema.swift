/// The admin's tables and views (documented in docs/sandboxes.md; checkers query them by
/// these names). The admin keeps no catalogue of its own: it works on the shop's tables in
/// the same instance, and its edits to the shop's read-only catalogue land in overlay tables
/// in `main` that per-connection views put in front of the catalogue's names.
enum AdminSchema {
    /// Per-instance state (schema `main`), next to the shop's.
    static let instance = """
        CREATE TABLE admin_users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, password TEXT NOT NULL, name TEXT NOT NULL,
            email TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('administrator', 'sales', 'catalog')));
        CREATE TABLE admin_sessions (token TEXT PRIMARY KEY, user_id INTEGER REFERENCES admin_users(id), flash TEXT NOT NULL DEFAULT '',
            created_seq INTEGER NOT NULL);
        CREATE TABLE product_edits (product_id INTEGER PRIMARY KEY, price_cents INTEGER NOT NULL, material TEXT NOT NULL,
            featured INTEGER NOT NULL, enabled INTEGER NOT NULL, image_alt TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE review_moderation (review_id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, rating INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('approved', 'rejected')), moderated_at TEXT NOT NULL);
        CREATE INDEX review_moderation_product ON review_moderation(product_id, status);
        CREATE TABLE coupon_rules (code TEXT PRIMARY KEY COLLATE NOCASE, description TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('percent', 'fixed', 'free_shipping')), value INTEGER NOT NULL, min_subtotal_cents INTEGER NOT NULL,
            category_id INTEGER, starts_at TEXT NOT NULL, expires_at TEXT NOT NULL, once_per_customer INTEGER NOT NULL, is_active INTEGER NOT NULL);
        CREATE TABLE invoices (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL UNIQUE, amount_cents INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL UNIQUE, carrier TEXT NOT NULL, tracking_number TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE credit_memos (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, amount_cents INTEGER NOT NULL, reason TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX credit_memos_order ON credit_memos(order_id);
        CREATE TABLE order_comments (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL,
            notify_customer INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX order_comments_order ON order_comments(order_id);
        CREATE TABLE search_terms (id INTEGER PRIMARY KEY, query TEXT NOT NULL UNIQUE, uses INTEGER NOT NULL, results INTEGER NOT NULL,
            last_used_at TEXT NOT NULL);
        """

    /// Rejected reviews' ratings, which the shop's pre-summed figures must lose.
    private static func rejected(_ aggregate: String) -> String {
        "(SELECT \(aggregate) FROM main.review_moderation m WHERE m.product_id = p.id AND m.status = 'rejected')"
    }

    /// Run after the shop's setup (the admin builds on it): the shop's names `products`,
    /// `reviews` and `coupons` become views over the catalogue and the admin's overlays, so the
    /// shop shows the admin's edits without knowing of them. Shop-only instances have none of
    /// these views and read the catalogue directly.
    static let connectionSetup = [
        """
        CREATE TEMP VIEW admin_products AS SELECT p.id, p.sku, p.slug, p.name, p.brand_id, p.category_id,
            COALESCE(e.price_cents, p.price_cents) AS price_cents, p.compare_at_cents, p.created_at, p.description,
            COALESCE(e.material, p.material) AS material, COALESCE(e.featured, p.featured) AS featured, p.initial_stock,
            p.seed_rating_sum - COALESCE(\(rejected("SUM(m.rating)")), 0) AS seed_rating_sum,
            p.seed_rating_count - \(rejected("COUNT(*)")) AS seed_rating_count,
            COALESCE(e.enabled, 1) AS enabled, COALESCE(e.image_alt, p.name) AS image_alt
        FROM shop_catalog.products p LEFT JOIN main.product_edits e ON e.product_id = p.id
        """,
        """
        CREATE TEMP VIEW products AS SELECT id, sku, slug, name, brand_id, category_id, price_cents, compare_at_cents, created_at,
            description, material, featured, initial_stock, seed_rating_sum, seed_rating_count FROM admin_products WHERE enabled = 1
        """,
        "DROP VIEW temp.reviews",
        """
        CREATE TEMP VIEW admin_reviews AS SELECT r.*, COALESCE(m.status, 'approved') AS status
        FROM (SELECT * FROM shop_catalog.seed_reviews UNION ALL SELECT * FROM main.new_reviews) r
        LEFT JOIN main.review_moderation m ON m.review_id = r.id
        """,
        """
        CREATE TEMP VIEW reviews AS SELECT id, product_id, customer_id, author, rating, title, body, created_at, verified
        FROM admin_reviews WHERE status = 'approved'
        """,
        """
        CREATE TEMP VIEW coupons AS SELECT code, description, kind, value, min_subtotal_cents, category_id, starts_at, expires_at,
            once_per_customer FROM main.coupon_rules WHERE is_active = 1
        """,
    ]
}
