/// `report: {title, ratingKey, method}`: the questionnaire's own texts in the printed summary.
extension QuestionnaireReading {
    func readReportTexts(_ value: SourceValue) -> ReportTexts {
        guard var map = reader.map(value, what: "the report texts") else { return ReportTexts() }
        let titleValue = map.optional("title")
        let title = titleValue.flatMap { bounded($0, what: "the report title", at: ReportTexts.maximumTitleLength) }
        if let title, let titleValue, title.contains(where: \.isNewline) {
            reader.error("the report title must be one line: it heads every printed page", at: titleValue.location)
        }
        let ratingKey = map.optional("ratingKey").flatMap { bounded($0, what: "the rating key", at: ReportTexts.maximumTextLength) }
        var method: [String] = []
        if let methodValue = map.optional("method"), let items = reader.list(methodValue, what: "the method's paragraphs") {
            if items.count > ReportTexts.maximumMethodParagraphs {
                reader.error(
                    "the method has \(items.count) paragraphs; at most \(ReportTexts.maximumMethodParagraphs), so that it stays short",
                    at: methodValue.location)
            }
            method = items.compactMap { bounded($0, what: "a paragraph of the method", at: ReportTexts.maximumTextLength) }
        }
        map.finish()
        return ReportTexts(title: title, ratingKey: ratingKey, method: method)
    }

    /// Text of at most `maximum` characters, with an error at the text otherwise.
    private func bounded(_ value: SourceValue, what: String, at maximum: Int) -> String? {
        guard let text = reader.text(value, what: what) else { return nil }
        guard text.count <= maximum else {
            reader.error("\(what) has \(text.count) characters; at most \(maximum)", at: value.location)
            return nil
        }
        return text
    }
}
