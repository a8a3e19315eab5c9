import Checkers
import Tasks
import Testing
import Vocabulary

@Suite struct URLCheckTests {
    let evaluator = CheckEvaluator()
    let base = ["shop": "http://shop.localhost:8123/"]

    func url(_ final: String, _ check: URLCheck) async -> CheckResult {
        await evaluator.evaluate(.url(check), in: CheckContext(finalURL: final, baseURLs: base))
    }

    @Test func canonicalForm() throws {
        let u = try #require(CanonicalURL("HTTP://Shop.LocalHost:80/a/./b/../c%7e%2f?b=2&a=1#frag"))
        #expect(u.scheme == "http")
        #expect(u.host == "shop.localhost")
        #expect(u.port == nil)
        #expect(u.path == "/a/c~%2F")
        #expect(u.query == [NameValue("a", "1"), NameValue("b", "2")])
        #expect(u.description == "http://shop.localhost/a/c~%2F?a=1&b=2")
        #expect(CanonicalURL("https://x.test:443")?.path == "/")
        #expect(CanonicalURL("https://x.test:443")?.port == nil)
        #expect(CanonicalURL("https://x.test:8443/")?.port == 8443)
        #expect(CanonicalURL("not a url") == nil)
        #expect(CanonicalURL("http://x.test:99999/") == nil)
    }

    @Test func equalsIgnoresCaseEncodingOrderAndFragment() async {
        let check = URLCheck(target: .equals("shop:/search?q=red shoes&page=1"))
        #expect(await url("http://SHOP.localhost:8123/search?page=1&q=red+shoes#top", check).passed)
        #expect(await url("http://shop.localhost:8123/%73earch?q=red%20shoes&page=1", check).passed)
        let other = await url("http://shop.localhost:8123/search?q=red+shoes&page=2", check)
        #expect(!other.passed)
        #expect(other.reason == "query page=2&q=red shoes is not page=1&q=red shoes")
        #expect(!(await url("http://shop.localhost:9999/search?q=red+shoes&page=1", check)).passed)
    }

    @Test func queryIsAMultiset() async {
        let check = URLCheck(target: .equals("shop:/f?tag=a&tag=b"))
        #expect(await url("http://shop.localhost:8123/f?tag=b&tag=a", check).passed)
        #expect(!(await url("http://shop.localhost:8123/f?tag=a", check)).passed)
        #expect(!(await url("http://shop.localhost:8123/f?tag=a&tag=a&tag=b", check)).passed)
    }

    @Test func ignoredQueryNames() async {
        let check = URLCheck(target: .equals("shop:/cart"), ignoreQuery: ["utm_source", "sid"])
        #expect(await url("http://shop.localhost:8123/cart?utm_source=mail&sid=9", check).passed)
        #expect(!(await url("http://shop.localhost:8123/cart?coupon=X", check)).passed)
    }

    @Test func trailingSlashIsSignificantExceptAtTheRoot() async {
        #expect(!(await url("http://shop.localhost:8123/cart/", URLCheck(target: .equals("shop:/cart")))).passed)
        #expect(await url("http://shop.localhost:8123", URLCheck(target: .equals("shop:/"))).passed)
    }

    @Test func unknownSandboxIsAnError() async {
        let r = await url("http://shop.localhost:8123/", URLCheck(target: .equals("forum:/")))
        #expect(!r.passed && r.isError)
    }
}
