/// The shop's tables (documented in docs/sandboxes.md; checkers query them by these names).
enum ShopSchema {
    /// Read-only catalog, shared by all instances of a seed (schema `shop_catalog`).
    static let catalog = """
        CREATE TABLE categories (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES categories(id), slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL, description TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE brands (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE);
        CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            brand_id INTEGER NOT NULL REFERENCES brands(id), category_id INTEGER NOT NULL REFERENCES categories(id),
            price_cents INTEGER NOT NULL, compare_at_cents INTEGER, created_at TEXT NOT NULL, description TEXT NOT NULL,
            material TEXT NOT NULL, featured INTEGER NOT NULL, initial_stock INTEGER NOT NULL,
            seed_rating_sum INTEGER NOT NULL, seed_rating_count INTEGER NOT NULL);
        CREATE INDEX products_category ON products(category_id);
        CREATE INDEX products_brand ON products(brand_id);
        CREATE TABLE product_options (product_id INTEGER NOT NULL REFERENCES products(id), kind TEXT NOT NULL, value TEXT NOT NULL,
            position INTEGER NOT NULL, PRIMARY KEY (product_id, kind, value));
        CREATE TABLE product_specs (product_id INTEGER NOT NULL REFERENCES products(id), position INTEGER NOT NULL, name TEXT NOT NULL,
            value TEXT NOT NULL, PRIMARY KEY (product_id, position));
        CREATE TABLE seed_reviews (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL REFERENCES products(id), customer_id INTEGER,
            author TEXT NOT NULL, rating INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
            verified INTEGER NOT NULL);
        CREATE INDEX seed_reviews_product ON seed_reviews(product_id, created_at);
        CREATE TABLE coupons (code TEXT PRIMARY KEY, description TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('percent', 'fixed', 'free_shipping')),
            value INTEGER NOT NULL, min_subtotal_cents INTEGER NOT NULL, category_id INTEGER REFERENCES categories(id),
            starts_at TEXT NOT NULL, expires_at TEXT NOT NULL, once_per_customer INTEGER NOT NULL);
        CREATE TABLE shipping_methods (code TEXT PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL, free_over_cents INTEGER,
            days_min INTEGER NOT NULL, days_max INTEGER NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE tax_rates (region TEXT PRIMARY KEY, name TEXT NOT NULL, rate_basis_points INTEGER NOT NULL);
        CREATE VIRTUAL TABLE products_fts USING fts5(name, brand, category, description, tokenize = 'porter unicode61');
        """

    /// Per-instance state (schema `main`): everything a request can change.
    static let instance = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, password TEXT NOT NULL,
            first_name TEXT NOT NULL, last_name TEXT NOT NULL, phone TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE addresses (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), full_name TEXT NOT NULL,
            line1 TEXT NOT NULL, line2 TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL, postal_code TEXT NOT NULL,
            country TEXT NOT NULL, phone TEXT NOT NULL, is_default INTEGER NOT NULL);
        CREATE INDEX addresses_customer ON addresses(customer_id);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, customer_id INTEGER NOT NULL REFERENCES customers(id),
            status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'cancelled')),
            placed_at TEXT NOT NULL, updated_at TEXT NOT NULL, subtotal_cents INTEGER NOT NULL, discount_cents INTEGER NOT NULL,
            shipping_cents INTEGER NOT NULL, tax_cents INTEGER NOT NULL, total_cents INTEGER NOT NULL, coupon_code TEXT,
            shipping_method TEXT NOT NULL, payment_method TEXT NOT NULL, payment_detail TEXT NOT NULL,
            ship_name TEXT NOT NULL, ship_line1 TEXT NOT NULL, ship_line2 TEXT NOT NULL, ship_city TEXT NOT NULL,
            ship_region TEXT NOT NULL, ship_postal_code TEXT NOT NULL, ship_country TEXT NOT NULL);
        CREATE INDEX orders_customer ON orders(customer_id, placed_at);
        CREATE TABLE order_items (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL,
            sku TEXT NOT NULL, name TEXT NOT NULL, color TEXT NOT NULL, size TEXT NOT NULL, material TEXT NOT NULL,
            quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL);
        CREATE INDEX order_items_order ON order_items(order_id);
        CREATE TABLE stock (product_id INTEGER PRIMARY KEY, quantity INTEGER NOT NULL CHECK (quantity >= 0));
        CREATE TABLE sessions (token TEXT PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), flash TEXT NOT NULL DEFAULT '',
            created_seq INTEGER NOT NULL);
        CREATE TABLE carts (id INTEGER PRIMARY KEY, session_token TEXT UNIQUE, customer_id INTEGER UNIQUE REFERENCES customers(id),
            coupon_code TEXT);
        CREATE TABLE cart_items (id INTEGER PRIMARY KEY, cart_id INTEGER NOT NULL REFERENCES carts(id), product_id INTEGER NOT NULL,
            color TEXT NOT NULL, size TEXT NOT NULL, material TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),
            added_seq INTEGER NOT NULL, UNIQUE (cart_id, product_id, color, size, material));
        CREATE TABLE wishlist_items (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
            product_id INTEGER NOT NULL, added_seq INTEGER NOT NULL, UNIQUE (customer_id, product_id));
        CREATE TABLE new_reviews (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, customer_id INTEGER, author TEXT NOT NULL,
            rating INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, verified INTEGER NOT NULL);
        CREATE INDEX new_reviews_product ON new_reviews(product_id);
        CREATE TABLE checkout_drafts (session_token TEXT PRIMARY KEY, address_id INTEGER, ship_name TEXT NOT NULL, ship_line1 TEXT NOT NULL,
            ship_line2 TEXT NOT NULL, ship_city TEXT NOT NULL, ship_region TEXT NOT NULL, ship_postal_code TEXT NOT NULL,
            ship_country TEXT NOT NULL, ship_phone TEXT NOT NULL, shipping_method TEXT NOT NULL, payment_method TEXT NOT NULL,
            payment_detail TEXT NOT NULL);
        CREATE TABLE coupon_redemptions (id INTEGER PRIMARY KEY, code TEXT NOT NULL, customer_id INTEGER NOT NULL, order_id INTEGER NOT NULL);
        CREATE TABLE contact_messages (id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT NOT NULL, email TEXT NOT NULL,
            topic TEXT NOT NULL, order_number TEXT NOT NULL, message TEXT NOT NULL, created_at TEXT NOT NULL);
        """

    /// New reviews get ids from here, above every seeded review id.
    static let firstNewReviewID = 1_000_000

    /// Per-connection views: `reviews` joins seeded and new reviews; `product_stock` gives stock by sku.
    static let connectionSetup = [
        "CREATE TEMP VIEW reviews AS SELECT * FROM seed_reviews UNION ALL SELECT * FROM main.new_reviews",
        "CREATE TEMP VIEW product_stock AS SELECT p.id AS product_id, p.sku, p.name, s.quantity FROM products p JOIN main.stock s ON s.product_id = p.id",
    ]
}
