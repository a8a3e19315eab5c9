import Tasks
import Testing

@Suite struct ParameterTemplateTests {
    let params: [ParameterTemplate.Parameter] = [
        .init(name: "color", value: "red", isNumber: false),
        .init(name: "name", value: "O'Brien", isNumber: false),
        .init(name: "n", value: "2", isNumber: true),
    ]

    @Test func rendersKnownAndReportsUnknown() {
        let r = ParameterTemplate.render("a {color} {shoe} {n}", with: params)
        #expect(r.text == "a red {shoe} 2")
        #expect(r.unknown == ["shoe"])
    }

    @Test func otherBracesAreLiteral() {
        let r = ParameterTemplate.render("json_extract(x, '$.a') {1x} { color } {}", with: params)
        #expect(r.text == "json_extract(x, '$.a') {1x} { color } {}")
        #expect(r.unknown.isEmpty)
    }

    @Test func sqlQuotesStringsAndLeavesNumbersBare() {
        let r = ParameterTemplate.render("WHERE name = {name} AND qty = {n}", with: params, sql: true)
        #expect(r.text == "WHERE name = 'O''Brien' AND qty = 2")
    }
}
