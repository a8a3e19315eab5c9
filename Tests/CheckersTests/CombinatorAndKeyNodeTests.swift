import Checkers
import Tasks
import Testing
import Vocabulary

@Suite struct CombinatorAndKeyNodeTests {
    let evaluator = CheckEvaluator()
    let base = ["shop": "http://shop.localhost:8123"]

    @Test func allAndAnyScores() async {
        let context = CheckContext(answer: Answer(status: .ok, value: .string("red")), finalURL: "http://shop.localhost:8123/cart", baseURLs: base)
        let good = Check.url(URLCheck(target: .equals("shop:/cart")))
        let bad = Check.answer(AnswerCheck(matchers: [.exact(.literal(["blue"]))]))
        let all = await evaluator.evaluate(.all([good, bad]), in: context)
        #expect(!all.passed)
        #expect(all.score == 0.5)
        #expect(all.children.count == 2)
        #expect(all.reason == "1 of 2 checks failed: answer: answer is not 'blue'")
        let any = await evaluator.evaluate(.any([bad, good]), in: context)
        #expect(any.passed)
        #expect(any.score == 1)
        let none = await evaluator.evaluate(.any([bad, bad]), in: context)
        #expect(!none.passed && none.score == 0)
    }

    @Test func keyNodesAreMonotonicAndGiveProgress() async {
        var tracker = KeyNodeTracker(nodes: [
            KeyNode(name: "category", check: .url(URLCheck(target: .pathPrefix("shop:/category/sneakers")))),
            KeyNode(name: "add", check: .request(RequestCheck(method: "POST", path: "/cart/add"))),
            KeyNode(name: "checkout", check: .url(URLCheck(target: .equals("shop:/checkout")))),
        ])
        #expect(tracker.progress == 0)
        var newly = await tracker.update(step: 1, context: CheckContext(finalURL: "http://shop.localhost:8123/", baseURLs: base), pageStatus: 200)
        #expect(newly.isEmpty)
        // A page served with an error is not progress, even at the node's URL.
        newly = await tracker.update(
            step: 2, context: CheckContext(finalURL: "http://shop.localhost:8123/category/sneakers?page=2", baseURLs: base), pageStatus: 404)
        #expect(newly.isEmpty)
        newly = await tracker.update(
            step: 2, context: CheckContext(finalURL: "http://shop.localhost:8123/category/sneakers?page=2", baseURLs: base), pageStatus: 200)
        #expect(newly == [0])
        // Nor is a request the sandbox refused.
        let refused = RequestRecord(sandbox: "shop", method: "POST", path: "/cart/add", form: [NameValue("sku", "A")], status: 422)
        newly = await tracker.update(
            step: 3, context: CheckContext(finalURL: "http://shop.localhost:8123/cart", baseURLs: base, requests: [refused]), pageStatus: 422)
        #expect(newly.isEmpty)
        // Navigating away does not un-reach a node; a request logged this step reaches another.
        let add = RequestRecord(sandbox: "shop", method: "POST", path: "/cart/add", form: [NameValue("sku", "A")], status: 303)
        newly = await tracker.update(
            step: 3, context: CheckContext(finalURL: "http://shop.localhost:8123/cart", baseURLs: base, requests: [add]), pageStatus: 200)
        #expect(newly == [1])
        #expect(tracker.reachedAtStep == [2, 3, nil])
        #expect(tracker.reachedCount == 2)
        #expect(abs(tracker.progress - 2.0 / 3.0) < 1e-12)
        #expect(!tracker.isComplete)
        #expect(tracker.missing == ["checkout"])
        _ = await tracker.update(step: 4, context: CheckContext(finalURL: "http://shop.localhost:8123/checkout", baseURLs: base), pageStatus: 200)
        #expect(tracker.isComplete)
        #expect(tracker.reachedAtStep == [2, 3, 4])
    }
}
