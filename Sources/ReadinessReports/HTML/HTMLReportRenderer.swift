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
        out.raw("<title>")
        out.isolatedLine(report.runningTitle)
        out.raw("</title>")
        out.raw("\n<style>\n")
        out.raw(
            HTMLReportStyle.pageRules(
                runningTitle: report.runningTitle, sender: report.sender?.name, paper: paper))
        out.raw(HTMLReportStyle.sheet)
        out.raw("</style>\n</head>\n<body>\n<main>\n")
        executiveSummary(report, into: &out)
        asks(report, into: &out)
        split(report, into: &out)
        // The back matter, for whoever checks the work: smaller type, so the typical summary stays at four pages.
        out.raw("<div class=\"back\">\n")
        let sections = [blockerDetails, nextSteps, signals, unknowns, notes, talkingPoints, method, splitAppendix].map { section in
            var part = HTMLWriter()
            section(report, &part)
            return part.html
        }.filter { !$0.isEmpty }
        for section in sections.dropLast() { out.raw(section) }
        // The last section and the footer are kept on one page: the browser pushes the footer alone onto a
        // page of its own when a two-column section ends at the foot of a page, since it does not move
        // column rows to keep the footer with them.
        out.raw("<div class=\"closing\">\n")
        out.raw(sections.last ?? "")
        footer(report, into: &out)
        out.raw("</div>\n</div>\n</main>\n</body>\n</html>\n")
        return out.html
    }

    // MARK: - Page one

    private static func executiveSummary(_ report: Report, into out: inout HTMLWriter) {
        let fit = report.result.fit
        out.raw("<header class=\"masthead\">\n")
        if let sender = report.sender { senderBlock(sender, into: &out) }
        // "Prepared for" the organization, above its name; the sender block above says "prepared by".
        out.element("div", "class=\"kicker\"", report.title + (report.preparedFor == nil ? "" : ", prepared for"))
        out.raw("\n<h1><bdi>")
        out.text(report.organizationLabel)
        out.raw("</bdi></h1>\n<p class=\"facts\">")
        fact("Date", report.dateLabel, into: &out)
        if let assessor = report.assessorLabel { fact("Assessor", assessor, into: &out) }
        fact("Gathered", report.modeLabel, into: &out)
        out.raw("<br>")
        fact("Questionnaire", report.questionnaireLabel, into: &out)
        out.raw("</p>\n</header>\n")
        // One box for every notice, a line each: a box apiece took page one's room for the chart.
        if !report.notices.isEmpty {
            out.raw("<div class=\"notices\">\n")
            out.elements("p", report.notices)
            out.raw("</div>\n")
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
            out.element("p", "class=\"scale-key\"", report.ratingScaleKey)
        }
        out.raw("\n</div>\n<div>\n")
        out.element("div", "class=\"label\"", "Need for added coverage and depth")
        if report.isProvisional {
            // A single need would read as the verdict: the range alone, as in every other format.
            out.element("div", "class=\"need\"", report.needLabel)
        } else {
            out.raw("\n<div class=\"need\"><strong>\(fit.need)</strong>/100 ")
            out.element(
                "span", "class=\"need-range\"",
                "\(fit.high > fit.low ? "range \(fit.low)-\(fit.high)" : "no range") · \(fit.confidence.rawValue) confidence")
            out.raw("</div>\n")
        }
        NeedScaleSVG.render(report, into: &out)
        out.raw("\n")
        out.element("p", "class=\"small\"", report.confidenceExplanation)
        if let note = report.needNote { out.element("p", "class=\"small\"", note) }
        out.raw("\n</div>\n</section>\n")

        if !report.settlingQuestions.isEmpty {
            out.section("settle-heading", heading: Report.settlingLead, class: "settle") { out in
                out.raw("<ol>\n")
                for item in report.settlingQuestions {
                    out.raw("<li><strong>")
                    out.text(item.title)
                    out.raw("</strong> ")
                    out.element("span", "class=\"because\"", "(\(Report.stateLabel(of: item))): \(Report.impact(of: item))")
                    out.raw("</li>\n")
                }
                out.raw("</ol>\n")
            }
        }

        // Blockers beside the first steps, which start with what the blockers call for.
        out.raw("<div class=\"actions\">\n")
        let blockers = report.result.blockers
        if !blockers.isEmpty {
            out.section("blockers-heading", heading: "▲ Blockers: deal with these first", class: "blockers") { out in
                out.raw("<ul>\n")
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
                out.raw("</ul>\n")
            }
        }

        if !report.topNextSteps.isEmpty {
            out.section("steps-heading", heading: "First next steps", class: "steps") { out in out.list("ol", report.topNextSteps) }
        }
        out.raw("</div>\n")

        out.raw("<section class=\"keeps\" aria-label=\"Who does what\">\n")
        for sentence in report.whoDoesWhat { leadSentence(sentence, in: "p", into: &out) }
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

    /// What the plan asks of the customer's team: page two opens with it, so the split follows what it takes.
    private static func asks(_ report: Report, into out: inout HTMLWriter) {
        guard !report.customerAsks.isEmpty else { return }
        out.section("asks-heading", heading: Report.asksTitle, class: "asks page-break") { out in
            out.raw("<ul>\n")
            for sentence in report.customerAsks { leadSentence(sentence, in: "li", into: &out) }
            out.raw("</ul>\n")
        }
    }

    private static func split(_ report: Report, into out: inout HTMLWriter) {
        // The split opens page two unless what the plan asks does.
        out.section("split-heading", heading: "The recommended starting split", class: report.customerAsks.isEmpty ? "page-break" : nil) {
            out in
            if let omission = report.splitOmission {
                out.elements("p", [omission])
            } else {
                splitTable(report, into: &out)
            }
        }
    }

    private static func splitTable(_ report: Report, into out: inout HTMLWriter) {
        out.element("p", "", Report.splitIntroduction)
        out.raw(
            "\n<table class=\"grid split\">\n<colgroup><col class=\"area\"><col class=\"owner\"><col class=\"why\"></colgroup>\n")
        out.tableHead(["Area", "Owner", "Why"])
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
        out.raw("</table>\n")
    }

    /// The appendix: every reason of the areas whose line could not say it all.
    private static func splitAppendix(_ report: Report, into out: inout HTMLWriter) {
        let notes = report.splitNotes
        guard !notes.isEmpty else { return }
        out.section("appendix-heading", heading: Report.splitAppendixTitle, class: "appendix") { out in
            out.raw("<dl>\n")
            for note in notes {
                out.element("dt", "", "A\(note.number). \(note.title)")
                out.element("dd", "", note.reasons.joined(separator: " "))
                out.raw("\n")
            }
            out.raw("</dl>\n")
        }
    }

    private static func blockerDetails(_ report: Report, into out: inout HTMLWriter) {
        let blockers = report.result.blockers
        guard !blockers.isEmpty else { return }
        out.section("blocker-details-heading", heading: "The blockers") { out in
            // What each means, in a paragraph; the answers behind it are on page one and its step opens the next steps.
            for blocker in blockers {
                out.raw("<p class=\"blocker\"><strong>")
                out.text("▲ " + blocker.title + ".")
                out.raw("</strong> ")
                out.text(blocker.explanation)
                out.raw("</p>\n")
            }
        }
    }

    private static func nextSteps(_ report: Report, into out: inout HTMLWriter) {
        guard !report.nextSteps.isEmpty else { return }
        out.section("all-steps-heading", heading: "Next steps for the first 90 days") { out in out.list("ol", report.nextSteps) }
    }

    // MARK: - The arithmetic

    private static func signals(_ report: Report, into out: inout HTMLWriter) {
        out.section("detail-heading", heading: "The signals in detail") { out in
            out.elements("h3", ["How the rating was decided"])
            out.list("ul", attributes: "class=\"reasons\"", report.fitReasons)
            signalBlocks(report, into: &out)
        }
    }

    /// Every signal as a short block in two columns, so the arithmetic takes a page, not three.
    private static func signalBlocks(_ report: Report, into out: inout HTMLWriter) {
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
        out.raw("</div>\n")
    }

    // MARK: - Unknowns, notes, talking points, method

    private static func unknowns(_ report: Report, into out: inout HTMLWriter) {
        let items = report.result.unknowns
        guard !items.isEmpty || !report.flaggedQuestions.isEmpty else { return }
        out.section("verify-heading", heading: "Verify before deciding") { out in
            if !items.isEmpty {
                out.elements(
                    "p", ["These questions are unanswered or answered \"don't know\", those that could move the result most first."])
                out.raw("<table class=\"grid\">\n")
                out.tableHead(["Question", "State", "What it could change"])
                out.raw("<tbody>\n")
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
                out.elements("p", ["Flagged for review during the interview: " + Report.list(report.flaggedQuestions) + "."])
            }
        }
    }

    private static func notes(_ report: Report, into out: inout HTMLWriter) {
        guard !report.textAnswers.isEmpty || !report.notes.isEmpty else { return }
        out.section("notes-heading", heading: "Notes") { out in
            out.raw("<table class=\"grid\">\n")
            out.tableHead(["Question", "Answer or note"])
            out.raw("<tbody>\n")
            for (title, text, kind) in report.textAnswers.map({ ($0.questionTitle, $0.text, "Answer") })
                + report.notes.map({ ($0.questionTitle, $0.text, "Note") })
            {
                out.raw("<tr>")
                out.element("td", "", title)
                out.raw("<td><span class=\"tag\">\(kind)</span> <bdi class=\"typed\">")
                out.text(text)
                out.raw("</bdi></td></tr>\n")
            }
            out.raw("</tbody>\n</table>\n")
        }
    }

    private static func talkingPoints(_ report: Report, into out: inout HTMLWriter) {
        guard !report.talkingPoints.isEmpty else { return }
        out.section("talking-heading", heading: "Talking points") { out in
            for group in report.talkingPoints {
                out.elements("h3", [group.signalTitle])
                out.list("ul", group.points)
            }
        }
    }

    private static func method(_ report: Report, into out: inout HTMLWriter) {
        out.section("method-heading", heading: "Method", class: "method") { out in out.elements("p", report.methodParagraphs) }
    }

    /// The sender's logo, name and contact line, above the title; the logo is a checked data URI.
    private static func senderBlock(_ sender: Sender, into out: inout HTMLWriter) {
        out.raw("<div class=\"sender\">")
        if let logo = sender.logo {
            out.raw("<img class=\"logo\" alt=\"\" src=\"\(logo.dataURI)\">")
        }
        out.raw("<div>")
        if let name = sender.name {
            out.raw("<div><span class=\"prepared-by\">Prepared by</span> <bdi class=\"sender-name\">")
            out.text(name)
            out.raw("</bdi></div>")
        }
        if let contact = sender.contact {
            out.raw("<div class=\"sender-contact\">\(sender.name == nil ? "<span class=\"prepared-by\">Prepared by</span> " : "")<bdi>")
            out.text(contact)
            out.raw("</bdi></div>")
        }
        out.raw("</div></div>\n")
    }

    private static func footer(_ report: Report, into out: inout HTMLWriter) {
        out.raw("<footer>")
        out.line(report.footer)
        out.raw("</footer>\n")
    }

    /// `<p><strong>The internal team keeps</strong> business alignment.</p>`, in `tag`.
    private static func leadSentence(_ sentence: Report.LeadSentence, in tag: String, into out: inout HTMLWriter) {
        out.raw("<\(tag)><strong>")
        out.text(sentence.lead)
        out.raw("</strong> ")
        out.text(sentence.rest)
        out.raw("</\(tag)>\n")
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
