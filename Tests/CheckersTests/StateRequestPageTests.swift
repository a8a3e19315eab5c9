import Checkers
import Tasks
import Testing
import Vocabulary

@Suite struct StateRequestPageTests {
    let evaluator = CheckEvaluator()
    static let shop = """
        CREATE TABLE products(sku TEXT PRIMARY KEY, name TEXT, price REAL);
        CREATE TABLE cart_items(sku TEXT, qty INTEGER);
        CREATE TABLE reviews(sku TEXT, stars INTEGER);
        INSERT INTO products VALUES ('SN-0412', 'Red Sneaker', 39.0), ('SN-0500', 'Red Runner', 59.0);
        INSERT INTO reviews VALUES ('SN-0412', 5);
        """

    @Test func stateWithExpectedRowsFromASecondQuery() async throws {
        let state = try SQLiteState(setup: StateRequestPageTests.shop)
        try state.mutate("INSERT INTO cart_items VALUES ('SN-0412', 2)")
        // Gold computed from the initial instance: the cheapest red product, two of it.
        let check = Check.state(StateCheck(
            query: "SELECT sku, qty FROM cart_items",
            expect: .query(sql: "SELECT sku, 2 FROM products ORDER BY price LIMIT 1", instance: .initial)))
        let r = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(r.passed, "\(r.reason)")
        try state.mutate("UPDATE cart_items SET qty = 1")
        let wrong = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(!wrong.passed)
        #expect(wrong.reason == "rows [['SN-0412', 1]] differ from expected [['SN-0412', 2]]")
    }

    @Test func stateWithLiteralRowsAndOrder() async throws {
        let state = try SQLiteState(setup: StateRequestPageTests.shop)
        let count = Check.state(StateCheck(query: "SELECT count(*) FROM products", expect: .rows([[.real(2)]])))
        #expect(await evaluator.evaluate(count, in: CheckContext(state: state)).passed)
        let unordered = Check.state(StateCheck(
            query: "SELECT sku FROM products", expect: .rows([[.text("SN-0500")], [.text("SN-0412")]])))
        #expect(await evaluator.evaluate(unordered, in: CheckContext(state: state)).passed)
        let ordered = Check.state(StateCheck(
            query: "SELECT sku FROM products ORDER BY sku", expect: .rows([[.text("SN-0500")], [.text("SN-0412")]]),
            ordered: true))
        #expect(!(await evaluator.evaluate(ordered, in: CheckContext(state: state))).passed)
        let bad = await evaluator.evaluate(
            .state(StateCheck(query: "SELECT * FROM nowhere", expect: .rows([]))), in: CheckContext(state: state))
        #expect(!bad.passed && bad.isError)
        #expect(bad.reason.hasPrefix("query failed:"))
    }

    @Test func collateralDamageFromARealDiff() async throws {
        let state = try SQLiteState(setup: StateRequestPageTests.shop)
        try state.mutate("INSERT INTO cart_items VALUES ('SN-0412', 2)")
        let allow = Check.collateral(CollateralCheck(allow: [.anyChange("cart_items")]))
        let ok = await evaluator.evaluate(allow, in: CheckContext(state: state))
        #expect(ok.passed)
        #expect(ok.reason == "only allowed changes (cart_items)")
        try state.mutate("DELETE FROM reviews; UPDATE products SET price = 1 WHERE sku = 'SN-0500'")
        let damage = await evaluator.evaluate(allow, in: CheckContext(state: state))
        #expect(!damage.passed)
        // Rows are named by primary key, or by rowid in a table without one.
        #expect(damage.reason == "unexpected changes: products[sku='SN-0500'] changed price; reviews[rowid=1] removed")
        let diff = try StateDiff.compute(state)
        #expect(diff.changes.map(\.table) == ["cart_items", "products", "reviews"])
        // The sandbox's session tables may always change.
        let sessions = await evaluator.evaluate(allow, in: CheckContext(state: state, sessionTables: ["products", "reviews"]))
        #expect(sessions.passed, "\(sessions.reason)")
    }

    @Test func collateralAllowsRowsByPredicateAndColumnsByName() async throws {
        let state = try SQLiteState(setup: StateRequestPageTests.shop)
        let reprice = CollateralAllowance(table: "products", rows: "sku = 'SN-0500'", update: ["price"], insert: false, delete: false)
        let check = Check.collateral(CollateralCheck(allow: [reprice]))
        try state.mutate("UPDATE products SET price = 49 WHERE sku = 'SN-0500'")
        let ok = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(ok.passed, "\(ok.reason)")
        // Another column of the same row, or the same column of another row, is damage.
        try state.mutate("UPDATE products SET name = 'Blue Runner' WHERE sku = 'SN-0500'")
        let renamed = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(renamed.reason == "unexpected changes: products[sku='SN-0500'] changed name, price")
        try state.mutate("UPDATE products SET name = 'Red Runner' WHERE sku = 'SN-0500'; UPDATE products SET price = 9 WHERE sku = 'SN-0412'")
        let other = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(other.reason == "unexpected changes: products[sku='SN-0412'] changed price")
        // Adding or removing rows needs insert or delete, within the predicate.
        try state.mutate("UPDATE products SET price = 39 WHERE sku = 'SN-0412'; INSERT INTO products VALUES ('SN-0600', 'Red Boot', 89)")
        let added = await evaluator.evaluate(check, in: CheckContext(state: state))
        #expect(added.reason == "unexpected changes: products[sku='SN-0600'] added")
        let insertBoots = CollateralAllowance(table: "products", rows: "name LIKE '%Boot'", update: [], insert: true, delete: false)
        let both = Check.collateral(CollateralCheck(allow: [reprice, insertBoots]))
        #expect(await evaluator.evaluate(both, in: CheckContext(state: state)).passed)
        // Byte-identical: a change of case is a change.
        try state.mutate("UPDATE reviews SET sku = 'sn-0412'")
        let recased = await evaluator.evaluate(both, in: CheckContext(state: state))
        #expect(recased.reason == "unexpected changes: reviews[rowid=1] changed sku")
    }

    static let log = [
        RequestRecord(sandbox: "shop", method: "GET", path: "/category/sneakers", query: [NameValue("sort", "price")], status: 200),
        RequestRecord(sandbox: "shop", method: "POST", path: "/cart/add", form: [NameValue("sku", "SN-0500"), NameValue("qty", "1")], status: 303, redirect: "/cart"),
        RequestRecord(sandbox: "shop", method: "POST", path: "/cart/add", form: [NameValue("sku", "SN-0412"), NameValue("qty", "2")], status: 303, redirect: "http://shop.localhost:8123/cart?added=1"),
    ]

    @Test func requestLogChecks() async {
        let context = CheckContext(requests: StateRequestPageTests.log)
        let add = RequestCheck(method: "POST", path: "/cart/add", form: [NameValue("sku", "SN-0412")], status: 303, redirect: "/cart")
        let r = await evaluator.evaluate(.request(add), in: context)
        #expect(r.passed, "\(r.reason)")
        var wrongSKU = add
        wrongSKU.form = [NameValue("sku", "SN-9999")]
        let miss = await evaluator.evaluate(.request(wrongSKU), in: context)
        #expect(!miss.passed)
        #expect(miss.reason == "no POST /cart/add with sku=SN-9999 returning 303 to /cart in 3 requests; nearest: POST shop:/cart/add [sku=SN-0412, qty=2] → 303 http://shop.localhost:8123/cart?added=1")
        let noDelete = RequestCheck(method: "POST", path: "/cart/remove", absent: true)
        #expect(await evaluator.evaluate(.request(noDelete), in: context).passed)
        let noAdd = RequestCheck(method: "POST", path: "/cart/add", absent: true)
        #expect(!(await evaluator.evaluate(.request(noAdd), in: context)).passed)
        let query = RequestCheck(method: "GET", path: "/category/sneakers", query: [NameValue("sort", "price")])
        #expect(await evaluator.evaluate(.request(query), in: context).passed)
        let otherSandbox = RequestCheck(sandbox: "admin", path: "/category/sneakers")
        #expect(!(await evaluator.evaluate(.request(otherSandbox), in: context)).passed)
    }

    static let cartPage = """
        <html><body><table>
          <tr><td class="sku">SN-0412</td><td class="qty"> 2 </td></tr>
          <tr><td class="sku">SN-0500</td><td class="qty">1</td></tr>
        </table><p id="note">Free   shipping
        on orders over $50</p><input name="coupon" value="SAVE10"><br></table></body>
        """

    @Test func pageChecksWithXPath() async throws {
        let pages = try StoredPages(pages: [("http://shop.localhost:8123/cart", StateRequestPageTests.cartPage)])
        let context = CheckContext(baseURLs: ["shop": "http://shop.localhost:8123"], pages: pages)
        func page(_ xpath: String, _ a: PageCheck.Assertion, url: String = "shop:/cart") async -> CheckResult {
            await evaluator.evaluate(.page(PageCheck(url: url, xpath: xpath, assertion: a)), in: context)
        }
        #expect(await page("//td[@class='qty']", .equals("2")).passed)
        #expect(await page("//td[@class='qty']", .count(2)).passed)
        #expect(await page("count(//tr)", .equals("2")).passed)
        #expect(await page("//p[@id='note']", .equals("Free shipping on orders over $50")).passed)
        #expect(await page("//p[@id='note']", .includes("orders")).passed)
        #expect(await page("//input[@name='coupon']/@value", .equals("SAVE10")).passed)
        let missing = await page("//div[@id='nothing']", .exists)
        #expect(!missing.passed && !missing.isError)
        let wrong = await page("//td[@class='qty']", .equals("3"))
        #expect(wrong.reason == "//td[@class='qty'] is '2', expected '3' (found '2', '1')")
        let invalid = await page("//td[", .exists)
        #expect(invalid.isError)
        #expect(invalid.reason == "invalid XPath expression '//td['")
        let unreachable = await page("//td", .exists, url: "shop:/elsewhere")
        #expect(unreachable.isError)
    }
}

@Suite struct XPathSyntaxTests {
    @Test func loaderRejectsInvalidXPathWithLineAndField() {
        let json = """
            {"id": "s/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "g", "seed": 1,
             "oracle": ["stop"],
             "checks": [
               {"page": {"url": "shop:/cart", "xpath": "//td[@class='qty']"}},
               {"page": {"url": "shop:/cart", "xpath": "//td[@class="}}
             ]}
            """
        let loader = TaskLoader(knownSandboxes: ["shop"], xpathProblem: XPathSyntax.problem)
        let result = loader.parseTask(json, file: "t.json")
        #expect(result.problems.map(\.description) == ["t.json:5: checks[1].page.xpath: invalid XPath expression '//td[@class='"])
        #expect(XPathSyntax.problem("count(//a) > 2") == nil)
        #expect(XPathSyntax.problem("//a[") != nil)
    }
}
