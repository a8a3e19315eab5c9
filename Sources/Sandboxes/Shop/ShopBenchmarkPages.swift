import SandboxKit

extension ShopSandbox: BenchmarkPages {
    /// 64 category listings (every category in turn, cycling sorts and pages 1–3) and 64
    /// product pages spread over the catalogue.
    public var benchmarkPages: [(kind: String, sql: String)] {
        [
            ("category", """
                WITH RECURSIVE step(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM step WHERE n < 63),
                    c AS (SELECT slug, row_number() OVER (ORDER BY id) - 1 AS k, COUNT(*) OVER () AS total FROM categories)
                SELECT '/category/' || c.slug || '?sort=' || (CASE step.n % 5 WHEN 0 THEN 'price_asc' WHEN 1 THEN 'price_desc' WHEN 2 THEN 'rating'
                    WHEN 3 THEN 'newest' ELSE 'name' END) || '&page=' || (1 + step.n % 3)
                FROM step JOIN c ON c.k = step.n % c.total ORDER BY step.n
                """),
            ("product", "SELECT '/product/' || slug FROM products ORDER BY (id * 7919) % 2003 LIMIT 64"),
        ]
    }
}
