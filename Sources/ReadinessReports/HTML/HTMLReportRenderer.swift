import ReadinessCore

/// The report as one self-contained HTML file laid out for print: inline CSS and SVG, nothing fetched.
///
/// Page one is the executive summary a reader who never ran the program can act on; the split, the
/// arithmetic, the unknowns, the notes and the method follow. Every string goes through `HTMLWriter`,
/// which escapes it, and a Content-Security-Policy forbids scripts and every fetch, so even a mistake in
/// escaping could not run code or call out.
public enum HTMLReportRenderer {
    /// The policy in the document: inline styles only; no scripts, fonts, images or connections.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// Renders the report. With a paper size the pages are fixed to it; without, the printer's paper is used.
    public static func render(_ report: Report, paper: Paper? = nil) -> String {
        var out = HTMLWriter()
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"readiness\">\n")
        out.element("title", "", "\(Report.title): \(report.organizationLabel), \(report.dateLabel)")
        out.raw("\n<style>\n")
        out.raw(HTMLReportStyle.pageRules(runningTitle: "\(Report.title): \(report.organizationLabel), \(report.dateLabel)", paper: paper))
        out.raw(HTMLReportStyle.sheet)
        out.raw("</style>\n</head>\n<body>\n<main>\n")
        executiveSummary(report, into: &out)
        split(report, into: &out)
        blockerDetails(report, into: &out)
        nextSteps(report, into: &out)
        signals(report, into: &out)
        unknowns(report, into: &out)
        notes(report, into: &out)
        talkingPoints(report, into: &out)
        method(report, into: &out)
        out.raw("</main>\n</body>\n</html>\n")
        return out.html
    }

    // MARK: - Page one

    private static func executiveSummary(_ report: Report, into out: inout HTMLWriter) {
        let fit = report.result.fit
        out.raw("<header class=\"masthead\">\n")
        out.element("div", "class=\"kicker\"", Report.title)
        out.raw("\n<h1><bdi>")
        out.text(report.organizationLabel)
        out.raw("</bdi></h1>\n<p class=\"facts\">")
        fact("Date", report.dateLabel, into: &out)
        if let assessor = report.assessorLabel { fact("Assessor", assessor, into: &out) }
        fact("Gathered", report.modeLabel, into: &out)
        if let id = report.assessmentID { fact("Assessment", id, into: &out) }
        out.raw("<br>")
        fact("Questionnaire", report.questionnaireLabel, into: &out)
        out.raw("</p>\n</header>\n")
        for notice in [report.draftLabel, report.versionNote, report.isRedacted ? "Redacted: the organization, the people, the notes and the typed answers are left out." : nil].compactMap({ $0 }) {
            out.element("p", "class=\"notice\"", notice)
            out.raw("\n")
        }

        out.raw("<section class=\"verdict\" aria-label=\"Result\">\n<div>\n")
        out.element("div", "class=\"label\"", "Rating")
        out.raw("\n<div class=\"rating\">")
        out.element("span", "class=\"glyph\" aria-hidden=\"true\"", report.ratingGlyph)
        out.text(fit.rating.title)
        out.raw("</div>\n")
        if let reason = report.ratingReason { out.element("p", "", reason) }
        out.element("p", "class=\"scale-key\"", Report.ratingScaleKey)
        out.raw("\n</div>\n<div>\n")
        out.element("div", "class=\"label\"", "Need for added coverage and depth")
        out.raw("\n<div class=\"need\"><strong>\(fit.need)</strong>/100 ")
        out.element("span", "class=\"need-range\"", "\(fit.high > fit.low ? "range \(fit.low)-\(fit.high)" : "no range") · \(fit.confidence.rawValue) confidence")
        out.raw("</div>\n")
        NeedScaleSVG.render(report, into: &out)
        out.raw("\n")
        out.element("p", "class=\"small\"", report.confidenceExplanation)
        if let note = report.needNote { out.element("p", "class=\"small\"", note) }
        out.raw("\n</div>\n</section>\n")

        // Blockers beside the first steps, which start with what the blockers call for.
        out.raw("<div class=\"actions\">\n")
        let blockers = report.result.blockers
        if !blockers.isEmpty {
            out.raw("<section class=\"blockers\" aria-labelledby=\"blockers-heading\">\n")
            out.element("h2", "id=\"blockers-heading\"", "▲ Blockers: deal with these first")
            out.raw("\n<ul>\n")
            // Titles and the answers behind them here; what each means, and its first step, follow the split.
            for blocker in blockers {
                out.raw("<li><span class=\"mark\" aria-hidden=\"true\">▲</span><strong>")
                out.text(blocker.title)
                out.raw("</strong>")
                if !blocker.evidence.isEmpty {
                    out.raw(" <span class=\"because\">")
                    out.text("Because: " + blocker.evidence.joined(separator: "; "))
                    out.raw("</span>")
                }
                out.raw("</li>\n")
            }
            out.raw("</ul>\n</section>\n")
        }

        if !report.topNextSteps.isEmpty {
            out.raw("<section class=\"steps\" aria-labelledby=\"steps-heading\">\n")
            out.element("h2", "id=\"steps-heading\"", "First next steps")
            out.raw("\n<ol>\n")
            for step in report.topNextSteps {
                out.element("li", "", step)
                out.raw("\n")
            }
            out.raw("</ol>\n</section>\n")
        }
        out.raw("</div>\n")

        out.raw("<section class=\"keeps\" aria-label=\"Who does what\">\n")
        for sentence in report.whoDoesWhat {
            out.raw("<p><strong>")
            out.text(sentence.lead)
            out.raw("</strong> ")
            out.text(sentence.rest)
            out.raw("</p>\n")
        }
        out.raw("</section>\n")

        out.raw("<section aria-labelledby=\"signals-heading\">\n<h2 id=\"signals-heading\">")
        out.text("Readiness signals")
        out.element("span", "class=\"subtitle\"", "0 to 100, strongest first; (low-high) and end marks: the range the unknowns leave open")
        out.raw("</h2>\n")
        SignalChartSVG.render(report, into: &out)
        out.raw("\n</section>\n")
    }

    // MARK: - The split and the steps

    private static func split(_ report: Report, into out: inout HTMLWriter) {
        out.raw("<section class=\"page-break\" aria-labelledby=\"split-heading\">\n")
        out.element("h2", "id=\"split-heading\"", "The recommended starting split")
        out.raw("\n")
        out.element("p", "", "Every area has one owner. The internal team keeps what depends on knowing the business; the partner adds coverage and depth around it; shared areas name the side that leads. What addresses the strongest signals starts now; the rest waits.")
        out.raw("\n<table class=\"grid split\">\n<thead><tr>")
        for column in report.splitColumns {
            out.element("th", "scope=\"col\"", "\(column.heading) (\(column.rows.count))")
        }
        out.raw("</tr></thead>\n")
        for group in report.splitByPhase {
            out.raw("<tbody>\n<tr class=\"phase\">")
            out.element("th", "colspan=\"3\" scope=\"rowgroup\"", group.phase.title)
            out.raw("</tr>\n")
            for line in group.lines {
                out.raw("<tr>")
                for cell in line {
                    guard let row = cell else {
                        out.raw("<td></td>")
                        continue
                    }
                    out.raw("<td><div class=\"area\">")
                    out.element("div", "class=\"area-title\"", row.title)
                    out.element("span", "class=\"tag\"", row.phase.title)
                    if let lead = Report.leadLabel(for: row) { out.element("span", "class=\"tag\"", lead) }
                    for (index, reason) in row.reasons.enumerated() {
                        out.element("p", index == 0 ? "" : "class=\"because\"", reason)
                    }
                    out.raw("</div></td>")
                }
                out.raw("</tr>\n")
            }
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n</section>\n")
    }

    private static func blockerDetails(_ report: Report, into out: inout HTMLWriter) {
        let blockers = report.result.blockers
        guard !blockers.isEmpty else { return }
        out.raw("<section aria-labelledby=\"blocker-details-heading\">\n")
        out.element("h2", "id=\"blocker-details-heading\"", "The blockers")
        out.raw("\n")
        for blocker in blockers {
            out.raw("<div class=\"blocker\">\n")
            out.element("h3", "", "▲ " + blocker.title)
            out.raw("\n")
            out.element("p", "", blocker.explanation)
            if !blocker.evidence.isEmpty { out.element("p", "class=\"because\"", "Because: " + blocker.evidence.joined(separator: "; ")) }
            if let step = blocker.step { out.element("p", "", "First step: " + step) }
            out.raw("\n</div>\n")
        }
        out.raw("</section>\n")
    }

    private static func nextSteps(_ report: Report, into out: inout HTMLWriter) {
        let steps = report.result.nextSteps
        guard !steps.isEmpty else { return }
        out.raw("<section aria-labelledby=\"all-steps-heading\">\n")
        out.element("h2", "id=\"all-steps-heading\"", "Next steps for the first 90 days")
        out.raw("\n<ol>\n")
        for step in steps {
            out.element("li", "", step)
            out.raw("\n")
        }
        out.raw("</ol>\n</section>\n")
    }

    // MARK: - The arithmetic

    private static func signals(_ report: Report, into out: inout HTMLWriter) {
        let fit = report.result.fit
        out.raw("<section aria-labelledby=\"detail-heading\">\n")
        out.element("h2", "id=\"detail-heading\"", "The signals in detail")
        out.raw("\n")
        out.element("h3", "", "How the rating was decided")
        out.raw("\n<ul class=\"reasons\">\n")
        for reason in fit.reasons {
            out.element("li", "", reason)
            out.raw("\n")
        }
        out.raw("</ul>\n")
        for signal in report.signalDetails {
            out.raw("<div class=\"signal\">\n")
            out.element("h3", "", "\(signal.title): \(signal.score.map { "\($0)/100" } ?? "no answer")")
            out.raw("\n")
            out.element("p", "class=\"arith\"", Report.arithmetic(of: signal))
            out.raw("\n")
            if signal.contributions.isEmpty {
                out.element("p", "class=\"small\"", "No question shown in this assessment feeds this signal.")
            } else {
                out.raw("<table class=\"grid answers\">\n<colgroup><col class=\"question\"><col class=\"answer\"><col class=\"points\"></colgroup>\n<thead><tr>")
                out.element("th", "scope=\"col\"", "Question")
                out.element("th", "scope=\"col\"", "Answer")
                out.element("th", "scope=\"col\" class=\"num\"", "Points")
                out.raw("</tr></thead>\n<tbody>\n")
                for contribution in signal.contributions {
                    out.raw("<tr>")
                    out.element("td", "", contribution.questionTitle)
                    out.element("td", "", contribution.answer)
                    out.element("td", "class=\"num\"", Report.pointsLabel(of: contribution))
                    out.raw("</tr>\n")
                }
                out.raw("</tbody>\n</table>\n")
            }
            out.raw("</div>\n")
        }
        out.raw("</section>\n")
    }

    // MARK: - Unknowns, notes, talking points, method

    private static func unknowns(_ report: Report, into out: inout HTMLWriter) {
        let items = report.result.unknowns
        guard !items.isEmpty || !report.flaggedQuestions.isEmpty else { return }
        out.raw("<section aria-labelledby=\"verify-heading\">\n")
        out.element("h2", "id=\"verify-heading\"", "Verify before deciding")
        out.raw("\n")
        if !items.isEmpty {
            out.element("p", "", "These questions are unanswered or answered \"don't know\", those that could move the result most first.")
            out.raw("\n<table class=\"grid\">\n<thead><tr>")
            out.element("th", "scope=\"col\"", "Question")
            out.element("th", "scope=\"col\"", "State")
            out.element("th", "scope=\"col\"", "What it could change")
            out.raw("</tr></thead>\n<tbody>\n")
            for item in items {
                out.raw("<tr>")
                out.element("td", "", item.title)
                out.element("td", "", Report.stateLabel(of: item))
                out.element("td", "", item.impact)
                out.raw("</tr>\n")
            }
            out.raw("</tbody>\n</table>\n")
        }
        if !report.flaggedQuestions.isEmpty {
            out.element("p", "", "Flagged for review during the interview: " + Report.list(report.flaggedQuestions) + ".")
            out.raw("\n")
        }
        out.raw("</section>\n")
    }

    private static func notes(_ report: Report, into out: inout HTMLWriter) {
        guard !report.textAnswers.isEmpty || !report.notes.isEmpty else { return }
        out.raw("<section aria-labelledby=\"notes-heading\">\n")
        out.element("h2", "id=\"notes-heading\"", "Notes")
        out.raw("\n<table class=\"grid\">\n<thead><tr>")
        out.element("th", "scope=\"col\"", "Question")
        out.element("th", "scope=\"col\"", "Answer or note")
        out.raw("</tr></thead>\n<tbody>\n")
        for (title, text, kind) in report.textAnswers.map({ ($0.questionTitle, $0.text, "Answer") }) + report.notes.map({ ($0.questionTitle, $0.text, "Note") }) {
            out.raw("<tr>")
            out.element("td", "", title)
            out.raw("<td><span class=\"tag\">\(kind)</span> <bdi class=\"typed\">")
            out.text(text)
            out.raw("</bdi></td></tr>\n")
        }
        out.raw("</tbody>\n</table>\n</section>\n")
    }

    private static func talkingPoints(_ report: Report, into out: inout HTMLWriter) {
        guard !report.talkingPoints.isEmpty else { return }
        out.raw("<section aria-labelledby=\"talking-heading\">\n")
        out.element("h2", "id=\"talking-heading\"", "Talking points")
        out.raw("\n")
        for group in report.talkingPoints {
            out.element("h3", "", group.signalTitle)
            out.raw("\n<ul>\n")
            for point in group.points {
                out.element("li", "", point)
                out.raw("\n")
            }
            out.raw("</ul>\n")
        }
        out.raw("</section>\n")
    }

    private static func method(_ report: Report, into out: inout HTMLWriter) {
        out.raw("<section class=\"method\" aria-labelledby=\"method-heading\">\n")
        out.element("h2", "id=\"method-heading\"", "Method")
        out.raw("\n")
        for paragraph in report.methodParagraphs {
            out.element("p", "", paragraph)
            out.raw("\n")
        }
        out.raw("</section>\n<footer>")
        out.text("\(Report.title), \(report.dateLabel). Scored with \(report.questionnaireLabel). Every number in it can be checked by hand from the answers shown.")
        out.raw("</footer>\n")
    }

    /// `<span class="fact"><span class="key">Date</span> 2026-03-10</span>`, the value isolated for
    /// right-to-left names.
    private static func fact(_ key: String, _ value: String, into out: inout HTMLWriter) {
        out.raw("<span class=\"fact\">")
        out.element("span", "class=\"key\"", key)
        out.raw(" <bdi>")
        out.text(value)
        out.raw("</bdi></span> ")
    }
}
