import ReadinessCore

/// The report as one self-contained HTML file laid out for print: inline CSS and SVG, nothing fetched.
///
/// Page one is the executive summary a reader who never ran the program can act on; the split, the
/// arithmetic, the unknowns, the notes and the method follow. Every string goes through `HTMLWriter`,
/// which escapes it, and a Content-Security-Policy forbids scripts and every fetch, so even a mistake in
/// escaping could not run code or call out.
enum HTMLReportRenderer {
    /// The policy in the document: inline styles only; no scripts, fonts, images or connections.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// Renders the report. With a paper size the pages are fixed to it; without, the printer's paper is used.
    static func render(_ report: Report, paper: Paper? = nil) -> String {
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
        // The back matter, for whoever checks the work: smaller type, so the typical summary stays at four pages.
        out.raw("<div class=\"back\">\n")
        blockerDetails(report, into: &out)
        nextSteps(report, into: &out)
        signals(report, into: &out)
        unknowns(report, into: &out)
        notes(report, into: &out)
        talkingPoints(report, into: &out)
        method(report, into: &out)
        splitAppendix(report, into: &out)
        out.raw("</div>\n")
        footer(report, into: &out)
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
        out.raw("<br>")
        fact("Questionnaire", report.questionnaireLabel, into: &out)
        out.raw("</p>\n</header>\n")
        for notice in report.notices {
            out.element("p", "class=\"notice\"", notice)
            out.raw("\n")
        }

        out.raw("<section class=\"verdict\" aria-label=\"Result\">\n<div>\n")
        out.element("div", "class=\"label\"", "Rating")
        if let headline = report.provisionalHeadline {
            // No glyph: a provisional result is a range of ratings, not one of them.
            out.element("div", "class=\"rating provisional\"", headline)
            out.raw("\n")
            for reason in report.provisionalReasons { out.element("p", "", reason) }
        } else {
            out.raw("\n<div class=\"rating\">")
            out.element("span", "class=\"glyph\" aria-hidden=\"true\"", report.ratingGlyph)
            out.text(fit.rating.title)
            out.raw("</div>\n")
            if let reason = report.ratingReason { out.element("p", "", reason) }
            if let lift = report.criticalLift { out.element("p", "", lift) }
            out.element("p", "class=\"scale-key\"", Report.ratingScaleKey)
        }
        out.raw("\n</div>\n<div>\n")
        out.element("div", "class=\"label\"", "Need for added coverage and depth")
        out.raw("\n<div class=\"need\"><strong>\(fit.need)</strong>/100 ")
        out.element(
            "span", "class=\"need-range\"",
            "\(fit.high > fit.low ? "range \(fit.low)-\(fit.high)" : "no range") · \(fit.confidence.rawValue) confidence")
        out.raw("</div>\n")
        NeedScaleSVG.render(report, into: &out)
        out.raw("\n")
        out.element("p", "class=\"small\"", report.confidenceExplanation)
        if let note = report.needNote { out.element("p", "class=\"small\"", note) }
        out.raw("\n</div>\n</section>\n")

        if !report.settlingQuestions.isEmpty {
            out.raw("<section class=\"settle\" aria-labelledby=\"settle-heading\">\n")
            out.element("h2", "id=\"settle-heading\"", Report.settlingLead)
            out.raw("\n<ol>\n")
            for item in report.settlingQuestions {
                out.raw("<li><strong>")
                out.text(item.title)
                out.raw("</strong> ")
                out.element("span", "class=\"because\"", "(\(Report.stateLabel(of: item))): \(Report.impact(of: item))")
                out.raw("</li>\n")
            }
            out.raw("</ol>\n</section>\n")
        }

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
        if let critical = report.criticalExplanation { out.element("p", "class=\"small\"", critical) }
        out.raw("\n</section>\n")
    }

    // MARK: - The split and the steps

    private static func split(_ report: Report, into out: inout HTMLWriter) {
        out.raw("<section class=\"page-break\" aria-labelledby=\"split-heading\">\n")
        out.element("h2", "id=\"split-heading\"", "The recommended starting split")
        out.raw("\n")
        if let omission = report.splitOmission {
            out.element("p", "", omission)
            out.raw("\n</section>\n")
            return
        }
        out.element("p", "", Report.splitIntroduction)
        out.raw(
            "\n<table class=\"grid split\">\n<colgroup><col class=\"area\"><col class=\"owner\"><col class=\"why\"></colgroup>\n<thead><tr>"
        )
        out.element("th", "scope=\"col\"", "Area")
        out.element("th", "scope=\"col\"", "Owner")
        out.element("th", "scope=\"col\"", "Why")
        out.raw("</tr></thead>\n")
        for group in report.splitGroups {
            out.raw("<tbody>\n<tr class=\"phase\">")
            out.element("th", "colspan=\"3\" scope=\"rowgroup\"", group.phase.title)
            out.raw("</tr>\n")
            for line in group.lines {
                out.raw("<tr>")
                out.element("th", "scope=\"row\"", line.row.title)
                out.element("td", "", line.owner)
                out.raw("<td>")
                out.text(line.reason)
                if let number = line.appendixNumber { out.element("span", "class=\"more\"", " [A\(number)]") }
                out.raw("</td></tr>\n")
            }
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n</section>\n")
    }

    /// The appendix: every reason of the areas whose line could not say it all.
    private static func splitAppendix(_ report: Report, into out: inout HTMLWriter) {
        let notes = report.splitNotes
        guard !notes.isEmpty else { return }
        out.raw("<section class=\"appendix\" aria-labelledby=\"appendix-heading\">\n")
        out.element("h2", "id=\"appendix-heading\"", Report.splitAppendixTitle)
        out.raw("\n<dl>\n")
        for note in notes {
            out.element("dt", "", "A\(note.number). \(note.title)")
            out.element("dd", "", note.reasons.joined(separator: " "))
            out.raw("\n")
        }
        out.raw("</dl>\n</section>\n")
    }

    private static func blockerDetails(_ report: Report, into out: inout HTMLWriter) {
        let blockers = report.result.blockers
        guard !blockers.isEmpty else { return }
        out.raw("<section aria-labelledby=\"blocker-details-heading\">\n")
        out.element("h2", "id=\"blocker-details-heading\"", "The blockers")
        out.raw("\n")
        // What each means, in a paragraph; the answers behind it are on page one and its step opens the next steps.
        for blocker in blockers {
            out.raw("<p class=\"blocker\"><strong>")
            out.text("▲ " + blocker.title + ".")
            out.raw("</strong> ")
            out.text(blocker.explanation)
            out.raw("</p>\n")
        }
        out.raw("</section>\n")
    }

    private static func nextSteps(_ report: Report, into out: inout HTMLWriter) {
        let steps = report.nextSteps
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
        out.raw("<section aria-labelledby=\"detail-heading\">\n")
        out.element("h2", "id=\"detail-heading\"", "The signals in detail")
        out.raw("\n")
        out.element("h3", "", "How the rating was decided")
        out.raw("\n<ul class=\"reasons\">\n")
        for reason in report.fitReasons {
            out.element("li", "", reason)
            out.raw("\n")
        }
        out.raw("</ul>\n")
        // Every signal as a short block in two columns, so the arithmetic takes a page, not three.
        out.raw("<div class=\"signal-columns\">\n")
        for signal in report.signalDetails {
            out.raw("<div class=\"signal\">\n")
            out.element("h3", "", "\(signal.title): \(signal.score.map { "\($0)/100" } ?? "no answer")")
            out.element("p", "class=\"arith\"", Report.arithmetic(of: signal))
            out.raw("\n<ul class=\"contributions\">\n")
            if signal.contributions.isEmpty {
                out.element("li", "", "No question shown in this assessment feeds this signal.")
            }
            for contribution in signal.contributions {
                out.raw("<li>")
                out.element("span", "class=\"points\"", Report.pointsLabel(of: contribution))
                out.text(contribution.questionTitle + ": ")
                out.element("span", "class=\"answer\"", contribution.answer)
                out.raw("</li>\n")
            }
            out.raw("</ul>\n</div>\n")
        }
        out.raw("</div>\n</section>\n")
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
                out.element("td", "", Report.impact(of: item))
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
        for (title, text, kind) in report.textAnswers.map({ ($0.questionTitle, $0.text, "Answer") })
            + report.notes.map({ ($0.questionTitle, $0.text, "Note") })
        {
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
        out.raw("</section>\n")
    }

    private static func footer(_ report: Report, into out: inout HTMLWriter) {
        out.raw("<footer>")
        out.text(report.footerLine)
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
