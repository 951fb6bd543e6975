import ReadinessCore

/// The review: every shown question by section, with its answer, note and flag.
struct ReviewScreenLayout {
    let glyphs: Glyphs

    private enum Row {
        case section(String)
        case question(index: Int, Question)
        case results
    }

    func draw(_ canvas: inout Canvas, model: InterviewModel, focus: ListFocus) {
        guard let session = model.session else { return }
        let width = canvas.size.width
        let visible = session.visibleQuestions
        let flagged = visible.filter { session.assessment.answers[$0.id]?.flagged == true }.count
        let unknown = visible.filter { session.assessment.response(to: $0.id) == .unknown }.count
        let header =
            "Review: \(session.result.answeredCount) of \(visible.count) answered\(glyphs.separator)\(unknown) don't know\(glyphs.separator)\(flagged) flagged"
        canvas.write(" " + header, x: 0, y: canvas.contentTop, role: .heading)
        var rows: [Row] = []
        var currentSection = ""
        for (index, question) in visible.enumerated() {
            if question.sectionID != currentSection {
                currentSection = question.sectionID
                let title = session.questionnaire.sections.first { $0.id == question.sectionID }?.title ?? ""
                rows.append(.section(title))
            }
            rows.append(.question(index: index, question))
        }
        rows.append(.results)
        let selectedRow =
            rows.firstIndex { row in
                switch row {
                case .question(let index, _): index == focus.selected
                case .results: focus.selected >= visible.count
                case .section: false
                }
            } ?? 0
        let top = canvas.contentTop + 2
        let height = canvas.contentBottom - top + 1
        let scroll = max(0, min(selectedRow - height / 2, rows.count - height))
        for (offset, row) in rows.dropFirst(scroll).prefix(max(0, height)).enumerated() {
            let y = top + offset
            switch row {
            case .section(let title):
                canvas.write(" " + title, x: 1, y: y, role: .heading, width: width - 2)
            case .question(let index, let question):
                let record = session.assessment.answers[question.id]
                let selected = index == focus.selected
                if selected { canvas.fill(x: 1, y: y, width: width - 2, role: .selected) }
                let marker: String
                switch record?.response {
                case nil: marker = glyphs.unanswered
                case .unknown?: marker = glyphs.unknown
                case .notApplicable?: marker = "-"
                default: marker = glyphs.answered
                }
                let role: StyleRole = selected ? .selected : (record?.response == nil ? .dim : .normal)
                canvas.write(selected ? glyphs.selectedMarker : " ", x: 1, y: y, role: role)
                canvas.write(marker, x: 3, y: y, role: selected ? .selected : (record?.response == .unknown ? .marker : role))
                let flags = (record?.note?.isEmpty == false ? glyphs.note : " ") + " " + (record?.flagged == true ? glyphs.flag : " ")
                let titleWidth = min(34, (width - 12) / 2)
                canvas.write(
                    TextWrap.pad(
                        TextWrap.truncate("\(index + 1). \(question.title)", width: titleWidth, ellipsis: glyphs.ellipsis),
                        width: titleWidth), x: 5, y: y, role: role)
                let answer = AnswerText.describe(record?.response, for: question)
                canvas.write(
                    TextWrap.truncate(answer, width: width - titleWidth - 12, ellipsis: glyphs.ellipsis), x: 6 + titleWidth, y: y,
                    role: selected ? .selected : .dim, width: width - titleWidth - 12)
                canvas.write(flags, x: width - 5, y: y, role: selected ? .selected : .marker)
                if selected { canvas.placeCursor(x: 1, y: y) }
            case .results:
                let selected = focus.selected >= visible.count
                if selected {
                    canvas.fill(x: 1, y: y, width: width - 2, role: .selected)
                    canvas.placeCursor(x: 1, y: y)
                }
                canvas.write((selected ? glyphs.selectedMarker : " ") + " See the results", x: 1, y: y, role: selected ? .selected : .key)
            }
        }
    }
}
