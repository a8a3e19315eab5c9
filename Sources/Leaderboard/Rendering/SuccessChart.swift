/// An inline SVG bar chart of success rates with 95% interval whiskers, one bar per
/// leaderboard row. Plain SVG: no script, no external font.
enum SuccessChart {
    static func svg(_ rows: [LeaderboardRow]) -> String {
        let labelWidth = 220.0
        let plotWidth = 520.0
        let rowHeight = 30.0
        let top = 28.0
        let width = labelWidth + plotWidth + 70
        let height = top + rowHeight * Double(max(rows.count, 1)) + 16
        func x(_ rate: Double) -> Double { labelWidth + plotWidth * min(max(rate, 0), 1) }
        func f(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
        out += "viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"Success rate with 95% confidence intervals\">\n"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            out += "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top - 6))\" x2=\"\(f(x(tick)))\" y2=\"\(f(height - 12))\" class=\"grid\"/>\n"
            out += "<text x=\"\(f(x(tick)))\" y=\"\(f(top - 10))\" class=\"tick\" text-anchor=\"middle\">\(Int(tick * 100))%</text>\n"
        }
        for (i, row) in rows.enumerated() {
            let s = row.summary
            let y = top + rowHeight * Double(i)
            let mid = y + rowHeight / 2
            let label = row.agent.count > 30 ? String(row.agent.prefix(29)) + "…" : row.agent
            out += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(mid + 4))\" class=\"label\" text-anchor=\"end\">\(HTMLText.escape(label))</text>\n"
            out += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 6))\" width=\"\(f(x(s.successRate) - labelWidth))\" height=\"\(f(rowHeight - 12))\" class=\"bar\"><title>\(HTMLText.escape(row.agent)): \(NumberFormat.percent(s.successRate)) (95% CI \(NumberFormat.interval(s.ciLow, s.ciHigh)))</title></rect>\n"
            out += "<line x1=\"\(f(x(s.ciLow)))\" y1=\"\(f(mid))\" x2=\"\(f(x(s.ciHigh)))\" y2=\"\(f(mid))\" class=\"whisker\"/>\n"
            for end in [s.ciLow, s.ciHigh] {
                out += "<line x1=\"\(f(x(end)))\" y1=\"\(f(mid - 6))\" x2=\"\(f(x(end)))\" y2=\"\(f(mid + 6))\" class=\"whisker\"/>\n"
            }
            out += "<text x=\"\(f(x(1) + 8))\" y=\"\(f(mid + 4))\" class=\"value\">\(NumberFormat.percent(s.successRate))</text>\n"
        }
        out += "</svg>\n"
        return out
    }
}
