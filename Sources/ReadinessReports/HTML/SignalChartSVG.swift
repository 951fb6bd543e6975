import ReadinessCore

/// The signal chart as inline SVG: one horizontal bar per signal, readable printed in black and white.
///
/// Meaning never rests on shade: every bar carries its number and level in words, the level thresholds
/// are labelled dashed lines, and the range the unknowns leave open is an error bar across the bar.
enum SignalChartSVG {
    private static let width = 800
    private static let labelWidth = 220
    private static let trackX = 230
    private static let trackWidth = 420
    private static let rowHeight = 14
    private static let barHeight = 10
    private static let top = 20
    private static let axisHeight = 18

    static func render(_ report: Report, into out: inout HTMLWriter) {
        let bars = report.chart
        let height = top + bars.count * rowHeight + axisHeight
        let description = bars.map { "\($0.title): \($0.valueLabel)" }.joined(separator: "; ")
        out.raw(
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        )
        out.element("title", "id=\"chart-title\"", "Readiness signals, 0 to 100, strongest first")
        out.element("desc", "id=\"chart-desc\"", description)

        let bottom = top + bars.count * rowHeight
        for (value, name) in [(report.moderateAt, "moderate"), (report.highAt, "high")] where (1...99).contains(value) {
            let x = position(value)
            out.raw("<line x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(bottom)\" class=\"threshold\"/>")
            out.element("text", "x=\"\(x)\" y=\"\(top - 8)\" class=\"threshold-label\" text-anchor=\"middle\"", "\(name) \(value)")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let barY = y + 1
            let textY = barY + barHeight - 1
            out.element("text", "x=\"\(labelWidth)\" y=\"\(textY)\" class=\"bar-label\" text-anchor=\"end\"", bar.title)
            out.raw("<rect x=\"\(trackX)\" y=\"\(barY)\" width=\"\(trackWidth)\" height=\"\(barHeight)\" class=\"track\"/>")
            guard let score = bar.score else {
                out.element("text", "x=\"\(trackX + 6)\" y=\"\(textY)\" class=\"no-answer\"", "no known answer")
                continue
            }
            if score > 0 {
                out.raw("<rect x=\"\(trackX)\" y=\"\(barY)\" width=\"\(position(score) - trackX)\" height=\"\(barHeight)\" class=\"bar\"/>")
            }
            if bar.hasRange, let low = bar.low, let high = bar.high {
                // An error bar across the bar: black on a white halo, so it shows on the dark fill and the
                // white track alike.
                let middle = barY + barHeight / 2
                let x1 = position(low)
                let x2 = position(high)
                let path = "M\(x1) \(barY - 1)V\(barY + barHeight + 1)M\(x1) \(middle)H\(x2)M\(x2) \(barY - 1)V\(barY + barHeight + 1)"
                out.raw("<path d=\"\(path)\" class=\"range-halo\"/><path d=\"\(path)\" class=\"range\"/>")
            }
            let strong = (bar.level ?? .low) >= .high
            let label = bar.valueLabel + (bar.hasRange ? " (\(bar.low!)-\(bar.high!))" : "")
            out.element("text", "x=\"\(trackX + trackWidth + 8)\" y=\"\(textY)\" class=\"value\(strong ? " strong" : "")\"", label)
        }
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = position(tick)
            out.raw("<line x1=\"\(x)\" y1=\"\(bottom)\" x2=\"\(x)\" y2=\"\(bottom + 4)\" class=\"tick\"/>")
            out.element("text", "x=\"\(x)\" y=\"\(bottom + 15)\" class=\"tick-label\" text-anchor=\"middle\"", String(tick))
        }
        out.raw("</svg>")
    }

    /// The x coordinate of a score on the track.
    private static func position(_ score: Int) -> Int {
        trackX + Int((Double(min(100, max(0, score))) / 100 * Double(trackWidth)).rounded())
    }
}

/// The need on a 0 to 100 scale divided into the rating bands, with its range: inline SVG.
enum NeedScaleSVG {
    private static let width = 300
    private static let left = 6
    private static let scaleWidth = 288

    static func render(_ report: Report, into out: inout HTMLWriter) {
        let fit = report.result.fit
        let bandY = 17
        let bandHeight = 15
        let open = fit.high > fit.low
        let height = open ? 54 : 36
        out.raw(
            "<svg class=\"need-scale\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"need-title\" xmlns=\"http://www.w3.org/2000/svg\">"
        )
        out.element(
            "title", "id=\"need-title\"",
            report.isProvisional
                ? "Need likely between \(fit.low) and \(fit.high) on a scale of 0 to 100"
                : "Need \(fit.need) on a scale of 0 to 100" + (open ? ", range \(fit.low) to \(fit.high)" : ""))
        for (index, band) in report.ratingBands.enumerated() {
            let x1 = position(band.minimum)
            let x2 = position(min(100, band.maximum + 1))
            out.raw(
                "<rect x=\"\(x1)\" y=\"\(bandY)\" width=\"\(max(0, x2 - x1))\" height=\"\(bandHeight)\" class=\"band band-\(index % 2)\"/>")
            out.element(
                "text", "x=\"\((x1 + x2) / 2)\" y=\"\(bandY + 11)\" class=\"band-label\" text-anchor=\"middle\"",
                Report.shortTitle(of: band.rating))
        }
        // The need: a triangle pointing down at the scale, with the number beside it; a provisional result
        // shows only its range, since a single need would read as the verdict.
        if !report.isProvisional {
            let x = position(fit.need)
            out.raw("<path d=\"M\(x - 6) 3H\(x + 6)L\(x) \(bandY - 1)Z\" class=\"marker\"/>")
            let anchor = fit.need > 70 ? "end" : "start"
            out.element(
                "text", "x=\"\(fit.need > 70 ? x - 9 : x + 9)\" y=\"12\" class=\"marker-label\" text-anchor=\"\(anchor)\"",
                "need \(fit.need)")
        }
        if open {
            let x1 = position(fit.low)
            let x2 = position(fit.high)
            let y = bandY + bandHeight + 3
            out.raw("<path d=\"M\(x1) \(y)V\(y + 4)H\(x2)V\(y)\" class=\"range\"/>")
            let middle = min(max((x1 + x2) / 2, left + 30), left + scaleWidth - 30)
            out.element(
                "text", "x=\"\(middle)\" y=\"\(y + 14)\" class=\"range-label\" text-anchor=\"middle\"", "range \(fit.low)-\(fit.high)")
        }
        out.raw("</svg>")
    }

    private static func position(_ value: Int) -> Int {
        left + Int((Double(min(100, max(0, value))) / 100 * Double(scaleWidth)).rounded())
    }
}
