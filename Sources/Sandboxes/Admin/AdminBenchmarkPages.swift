import SandboxKit

extension AdminSandbox: BenchmarkPages {
    /// 64 orders-grid pages (every sortable column, both directions, pages 1–4, and a status
    /// filter on every fourth) and 64 order views, as the seeded administrator sees them.
    public var benchmarkPages: [(kind: String, sql: String)] {
        [
            ("orders", """
                WITH RECURSIVE step(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM step WHERE n < 63)
                SELECT CASE WHEN n % 4 = 3
                    THEN '/orders?status=' || (CASE n / 4 % 4 WHEN 0 THEN 'pending' WHEN 1 THEN 'processing' WHEN 2 THEN 'shipped' ELSE 'delivered' END)
                        || '&sort=total&dir=desc'
                    ELSE '/orders?sort=' || (CASE n % 6 WHEN 0 THEN 'number' WHEN 1 THEN 'date' WHEN 2 THEN 'customer' WHEN 3 THEN 'email'
                        WHEN 4 THEN 'status' ELSE 'total' END) || '&dir=' || (CASE n % 2 WHEN 0 THEN 'asc' ELSE 'desc' END) || '&page=' || (1 + n % 4)
                    END
                FROM step ORDER BY n
                """),
            ("order", "SELECT '/orders/' || number FROM orders ORDER BY (id * 7919) % 1009 LIMIT 64"),
        ]
    }

    public var benchmarkSignIn: (path: String, form: [(String, String)])? {
        ("/login", [("username", "admin"), ("password", "Admin!0001")])
    }
}
