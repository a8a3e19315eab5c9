/// An inline SVG learning curve of a stream run: one dot per episode (filled for a
/// success, at 100%, hollow at 0%), the success-so-far line and the moving-window line.
/// Plain SVG like `SuccessChart`: no script, no external font.
enum LearningChart {
    static func svg(_ curve: LearningCurve) -> String {
        let left = 44.0
        let plotWidth = 640.0
        let plotHeight = 180.0
        let top = 14.0
        let width = left + plotWidth + 20
        let height = top + plotHeight + 40
        let n = max(curve.points.count, 1)
        func x(_ i: Int) -> Double { n == 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(n - 1) }
        func y(_ rate: Double) -> Double { top + plotHeight * (1 - min(max(rate, 0), 1)) }
        func f(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

        var out = "<svg class=\"chart learning\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
        out += "viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"Learning curve: success over the stream index\">\n"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(tick)))\" class=\"grid\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" class=\"tick\" text-anchor=\"end\">\(Int(tick * 100))%</text>\n"
        }
        if curve.third > 0, curve.points.count > 1 {
            // Shade the early and late thirds the improvement compares.
            let earlyEnd = x(curve.third - 1)
            let lateStart = x(curve.points.count - curve.third)
            out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(earlyEnd - left))\" height=\"\(f(plotHeight))\" class=\"third\"/>\n"
            out += "<rect x=\"\(f(lateStart))\" y=\"\(f(top))\" width=\"\(f(left + plotWidth - lateStart))\" height=\"\(f(plotHeight))\" class=\"third\"/>\n"
        }
        func polyline(_ values: [Double], _ cls: String) -> String {
            let points = values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            return "<polyline points=\"\(points)\" class=\"\(cls)\"/>\n"
        }
        out += polyline(curve.points.map(\.windowMean), "window")
        out += polyline(curve.points.map(\.runningMean), "running")
        for (i, p) in curve.points.enumerated() {
            out += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(p.success ? 1 : 0)))\" r=\"3\" class=\"\(p.success ? "hit" : "miss")\">"
            out += "<title>#\(p.index) \(HTMLText.escape(p.taskID)): \(p.status.rawValue)</title></circle>\n"
        }
        let base = top + plotHeight
        out += "<text x=\"\(f(left))\" y=\"\(f(base + 16))\" class=\"tick\">0</text>\n"
        out += "<text x=\"\(f(left + plotWidth))\" y=\"\(f(base + 16))\" class=\"tick\" text-anchor=\"end\">\(curve.points.count - 1)</text>\n"
        out += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(base + 16))\" class=\"tick\" text-anchor=\"middle\">episode index</text>\n"
        out += "<text x=\"\(f(left))\" y=\"\(f(base + 32))\" class=\"label\">— success so far (AUC \(NumberFormat.fixed(curve.auc, 3)))"
        out += "   ⋯ last \(curve.window) episodes</text>\n"
        out += "</svg>\n"
        return out
    }

    /// The numbers under the chart, as an HTML paragraph.
    static func summary(_ curve: LearningCurve) -> String {
        var parts = ["\(curve.episodes) episodes", "success \(NumberFormat.percent(curve.successRate))",
                     "AUC \(NumberFormat.fixed(curve.auc, 3))"]
        if let early = curve.earlyRate, let late = curve.lateRate {
            var change = "first third \(NumberFormat.percent(early)) → last third \(NumberFormat.percent(late)) "
            change += "(\(NumberFormat.signedPoints(curve.improvement))"
            if let low = curve.improvementLow, let high = curve.improvementHigh {
                change += ", 95% CI \(NumberFormat.signedInterval(low, high))"
            }
            parts.append(change + ")")
        }
        parts.append("agent restarts \(curve.restarts)")
        return "<p class=\"meta\">" + parts.map(HTMLText.escape).joined(separator: " · ") + "</p>\n"
    }
}
