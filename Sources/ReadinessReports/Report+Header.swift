import ReadinessCore

/// What identifies the summary: its title, the organization and the people, when and with which
/// questionnaire it was made, the notices under the header, the footer and the file name.
extension Report {
    /// The title of a summary whose questionnaire does not name one: it claims nothing about the subject.
    static let defaultTitle = "Readiness summary"

    /// The organization as it should be printed.
    var organizationLabel: String {
        guard let organization else { return "Redacted organization" }
        return organization.allSatisfy(\.isWhitespace) ? "Unnamed organization" : organization
    }

    /// The assessor, when there is one to print.
    var assessorLabel: String? {
        guard let assessor, !assessor.allSatisfy(\.isWhitespace) else { return nil }
        return assessor
    }

    /// How the answers were gathered, in words.
    var modeLabel: String {
        mode == .call ? "Discovery call" : "Self-assessment"
    }

    /// The questionnaire as `Title (id, version 3)`.
    var questionnaireLabel: String {
        "\(questionnaireTitle) (\(questionnaireID), version \(scoredVersion))"
    }

    /// A warning for a draft, and for a file marked complete that is not (edited by hand, or answered
    /// under another version). How many questions are answered is said only when the open ones could
    /// change the result; "don't know" answers count as answered but are never passed off as known.
    var draftLabel: String? {
        let shown = result.visibleQuestionIDs.count
        let dontKnow = answers.filter(\.isDontKnow).count
        let withDontKnow = dontKnow == 0 ? "" : " (\(dontKnow) with \"don't know\")"
        let answered = "\(result.answeredCount) of \(shown) questions answered\(withDontKnow)"
        switch status {
        case .draft:
            if result.answeredCount >= shown {
                return "Draft: every question is answered\(withDontKnow), but the assessment is not marked complete yet."
            }
            guard openQuestionsCouldChangeResult else {
                return "Draft, not marked complete yet: the questions still open cannot change the rating."
            }
            return "Draft: \(answered); the result may still change."
        case .complete:
            guard result.answeredCount < shown, openQuestionsCouldChangeResult else { return nil }
            return "Marked complete, but only \(answered); the result may still change."
        }
    }

    /// Whether answering the open (unanswered) questions could change the result: it is provisional, or
    /// one of them could change the rating, settle it through a prerequisite or reveal a blocker, or its
    /// effect is only estimated. Moving the need within its band is not a change the reader acts on.
    var openQuestionsCouldChangeResult: Bool {
        if result.fit.isProvisional { return true }
        return result.unknowns.contains { item in
            !item.isDontKnow
                && (item.isEstimate || item.couldDecideRating || !item.couldChangeRatingTo.isEmpty || !item.couldTriggerBlockers.isEmpty)
        }
    }

    /// The last line of every format: what the summary is, what scored it, and the assessment it came
    /// from (an id means nothing to a reader on page one, but finds the file again).
    var footerLine: String { footer.plain }

    /// The footer with the sender's name and contact as names, for the formats that isolate them.
    var footer: ComposedLine {
        let reference = assessmentID.map { " Assessment reference \($0)." } ?? ""
        var pieces: [ComposedLine.Piece] = [
            .words(
                "\(title), \(dateLabel). Scored with \(questionnaireLabel). Every number in it can be checked by hand from the answers shown.\(reference)"
            )
        ]
        if let prepared = sender?.preparedBy {
            pieces.append(.words(" "))
            pieces += prepared.pieces
            pieces.append(.words("."))
        }
        pieces.append(.words(" \(Self.confidentiality)"))
        return ComposedLine(pieces: pieces)
    }

    /// Under every summary: it lists weaknesses an attacker would like to know.
    static let confidentiality =
        "Confidential: it describes weaknesses in the organization's IT and security; share it only with those who act on it."

    /// A sentence on the version when the assessment was answered under another one.
    var versionNote: String? {
        answeredVersion == scoredVersion
            ? nil
            : "Answered under version \(answeredVersion) of the questionnaire and scored under version \(scoredVersion)."
    }

    /// The report's date as `2026-11-29`, in UTC, so that it does not depend on where it is printed.
    var dateLabel: String {
        Timestamp.day(date)
    }

    /// The notices under the header, most pressing first.
    var notices: [String] {
        [
            audienceNotice, draftLabel, versionNote,
            isRedacted ? "Redacted: the organization, the people, the notes and the typed answers are left out." : nil,
        ].compactMap { $0 }
    }

    /// A notice at the top of the internal copy, so it is not sent by mistake; nil for the client copy.
    var audienceNotice: String? {
        audience == .internal
            ? "Internal copy: it holds the assessor's notes, review flags and to-dos. Send the customer the client copy (--audience client)."
            : nil
    }

    /// A file name for the report, as every export names its file: `harbor-dental-group-2026-03-10.html`,
    /// `harbor-dental-group-2026-03-10-internal.html` for the internal copy.
    public func suggestedFileName(format: ReportFormat) -> String {
        ExportFileName.stem(organization: organization ?? "", day: dateLabel, audience: audience) + "." + format.fileExtension
    }

    /// The PDF's title and author: the sender wrote it when one is configured, else the assessor (left
    /// out when redacted, like every name of the customer's).
    var documentInfo: PDFDocumentInfo {
        PDFDocumentInfo(title: runningTitle.isolated, author: sender?.name ?? assessorLabel)
    }

    /// `Co-managed IT readiness summary: Harbor Dental Group, 2026-03-10`: the running header of every
    /// printed page but the first, the HTML's title and the PDF's.
    var runningTitle: ComposedLine {
        ComposedLine(pieces: [.words("\(title): "), .name(organizationLabel), .words(", \(dateLabel)")])
    }

    /// The organization the summary is for, when it is named (not redacted, not blank): page one says
    /// "prepared for" it.
    var preparedFor: String? {
        guard let organization, !organization.allSatisfy(\.isWhitespace) else { return nil }
        return organization
    }
}
