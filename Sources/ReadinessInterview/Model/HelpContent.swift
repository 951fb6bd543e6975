import ReadinessCore

/// What the help screen says: the question's own help first ("listen for" or "why this matters"), then the
/// keys of the screen underneath, from the keymap. The model reads it to bound scrolling, the layout draws it.
enum HelpContent {
    /// The help lines at a width, each with its role.
    static func lines(for model: InterviewModel, width: Int, ascii: Bool = false) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        if let session = model.session, case .question(let focus) = model.screen,
            let question = session.questionnaire.question(focus.questionID)
        {
            if session.assessment.mode == .call {
                lines.append(("Listen for", .heading))
                for cue in question.call.listenFor { lines += TextWrap.lines("- " + cue, width: width).map { ($0, .normal) } }
                if question.call.listenFor.isEmpty { lines.append(("(no cues for this question)", .dim)) }
            } else {
                lines.append(("Why this matters", .heading))
                lines += TextWrap.lines(question.selfVoice.why, width: width).map { ($0, .normal) }
            }
            lines.append(("", .normal))
        }
        lines.append(("Keys", .heading))
        var underlying = model
        underlying.overlay = nil
        let context = underlying.keyContext
        let unavailable = underlying.unavailableActions
        var seen = Set<String>()
        for binding in Keymap.bindings where binding.contexts.contains(context) && !unavailable.contains(binding.action) {
            let label = ascii ? binding.asciiLabel : binding.label
            guard seen.insert(label + binding.summary).inserted else { continue }
            lines.append((TextWrap.pad(label, width: 12) + binding.summary, .normal))
        }
        lines.append((TextWrap.pad("Esc", width: 12) + "close this help", .dim))
        if case .question = underlying.screen {
            lines.append(("", .normal))
            lines.append(("After answering", .heading))
            lines += TextWrap.lines(afterAnswerHelp, width: width).map { ($0, .normal) }
            lines.append(("", .normal))
            lines.append(("Ask next", .heading))
            lines += TextWrap.lines(askNextHelp, width: width).map { ($0, .normal) }
            lines.append(("", .normal))
            lines.append(("Notes", .heading))
            lines += TextWrap.lines(noteHelp, width: width).map { ($0, .normal) }
        }
        return lines
    }
}

extension HelpContent {
    /// Where `a` goes and where answering then goes: the help says it so the jump never surprises.
    static let askNextHelp =
        "a jumps to the unanswered question that would settle the most. After answering (or skipping) it, "
        + "the next unanswered ask-next question follows; when none is left you are back at the question you were on. "
        + "An answered question is never offered again."
}

extension HelpContent {
    /// Where answering goes in the normal flow.
    static let afterAnswerHelp =
        "Answering moves to the next unanswered question; questions already answered (with a, or before) are passed over. "
        + "After the last one the results follow; r reviews any question left unanswered."

    /// Who reads a note, and the key that changes it.
    static let noteHelp =
        "n opens the note box. A note is private (internal copy only) unless you press Ctrl-T in the note box "
        + "to mark it \"[x] share with the customer\"; only shared notes are printed in the client copy."
}

/// The reasons box's lines: each reason a bullet, its continuation lines indented under the text.
enum ReasonsContent {
    /// The reasons wrapped to a width.
    static func lines(_ reasons: [String], width: Int) -> [String] {
        reasons.flatMap { reason in
            let first = TextWrap.lines(reason, width: max(1, width - 2))
            return first.enumerated().map { $0 == 0 ? "- " + $1 : "  " + $1 }
        }
    }
}
