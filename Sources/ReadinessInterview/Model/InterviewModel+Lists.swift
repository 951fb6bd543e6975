import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension InterviewModel {
    /// The review lists every shown question, then a last row that opens the results.
    mutating func handleReview(_ focus: ListFocus, action: Action?) -> [InterviewEffect] {
        var focus = focus
        if let moved = ListMotion.moved(focus.selected, by: action, count: reviewQuestionIDs.count + 1, page: pageSize) {
            focus.selected = moved
            screen = .review(focus)
            return []
        }
        switch action {
        case .choose?:
            if focus.selected < reviewQuestionIDs.count {
                show(reviewQuestionIDs[focus.selected], returnToReview: true)
                return []
            }
            return finish()
        case .close?:
            if let lastQuestionID, reviewQuestionIDs.contains(lastQuestionID), readOnlyReason == nil {
                show(lastQuestionID)
            } else {
                screen = .results(ListFocus())
            }
            return []
        default:
            break
        }
        screen = .review(focus)
        return []
    }

    mutating func handleResults(_ focus: ListFocus, action: Action?) -> [InterviewEffect] {
        guard let session else { return [] }
        let items = ResultsItems.build(session)
        if let moved = resultsMotion(focus, by: action, itemCount: items.count) {
            screen = .results(moved)
            return []
        }
        switch action {
        case .reasons?:
            if items.indices.contains(focus.selected), case .flagged(let questionID) = items[focus.selected].kind {
                // A flagged question's line is a jump to it; answering it returns to the review.
                show(questionID, returnToReview: true)
                return []
            }
            if items.indices.contains(focus.selected) {
                let item = items[focus.selected]
                overlay = .reasons(title: item.title, lines: item.reasons, scroll: 0)
            }
        case .export?:
            let formats = setup.exportFormats
            let path = ExportPath.suggested(for: session.assessment, format: formats.first ?? "text")
            screen = .export(ExportForm(formats: formats, formatIndex: 0, path: TextField(path, limit: 1000)))
            return []
        case .backToAnswers?, .review?:
            openReview(selecting: lastQuestionID)
            return []
        case .whatIf?:
            screen = .whatIf(WhatIfFocus())
            return []
        case .continueFull?:
            offerContinuation()
        default:
            break
        }
        screen = .results(focus)
        return []
    }

    mutating func handleExport(_ form: ExportForm, key: Key, action: Action?) -> [InterviewEffect] {
        guard let session else { return [] }
        var form = form
        switch key {
        case .up, .down:
            let step = key == .down ? 1 : form.formats.count - 1
            let previous = form.formats[form.formatIndex]
            form.formatIndex = (form.formatIndex + step) % form.formats.count
            form.path = TextField(
                ExportPath.replacingExtension(of: form.path.text, from: previous, to: form.formats[form.formatIndex]), limit: 1000)
        case .tab, .backTab:
            let format = form.formats[form.formatIndex]
            let offered = ExportPath.suggested(for: session.assessment, format: format, audience: form.audience)
            form.nextCopy(backwards: key == .backTab)
            // The name offered follows the copy (`-internal`), so the internal copy never replaces the
            // client's file; a name the user typed is theirs and stays.
            if form.path.text == offered {
                form.path = TextField(ExportPath.suggested(for: session.assessment, format: format, audience: form.audience), limit: 1000)
            }
        case .escape:
            screen = .results(ListFocus())
            return []
        case .enter:
            guard !form.path.isBlank else {
                message = StatusMessage(text: "Type a path to write to.", isError: true)
                break
            }
            screen = .export(form)
            message = StatusMessage(text: "Writing \(form.path.text)...", isError: false)
            return [.export(form.request(for: session.assessment))]
        default:
            form.path.handle(key)
        }
        screen = .export(form)
        return []
    }

    /// How far PgUp and PgDn move in lists: about a screen.
    var pageSize: Int { max(1, size.height - 6) }
}

/// The file name the export screen suggests: the organization and the date, in the current folder.
public enum ExportPath {
    /// `acme-dental-2026-11-29.txt`, `acme-dental-2026-11-29-internal.txt` for the internal copy.
    public static func suggested(for assessment: Assessment, format: String, audience: Audience = .client) -> String {
        ExportFileName.stem(organization: assessment.organization, day: Timestamp.day(assessment.updated), audience: audience) + "."
            + fileExtension(for: format)
    }

    /// The usual file extension of a format.
    static func fileExtension(for format: String) -> String {
        switch format {
        case "text": "txt"
        case "markdown": "md"
        case ExportRequest.assessmentFile: "answers.json"
        default: format
        }
    }

    /// The path with the old format's extension swapped for the new one's.
    static func replacingExtension(of path: String, from old: String, to new: String) -> String {
        let oldExtension = "." + fileExtension(for: old)
        guard path.hasSuffix(oldExtension) else { return path }
        return String(path.dropLast(oldExtension.count)) + "." + fileExtension(for: new)
    }
}
