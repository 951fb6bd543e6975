/// Describes responses in words for reasons, reports and screens.
public enum AnswerText {
    /// `describe(_:for:)` with a single choice's option already found (`Question.position(ofOption:)`).
    static func describe(_ response: Response?, for question: Question, option: Int?) -> String {
        guard let option else { return describe(response, for: question) }
        return question.options[option].label
    }

    /// The response as a person would say it: the option label, "3 of 5", "12 people", "don't know".
    public static func describe(_ response: Response?, for question: Question) -> String {
        guard let response else { return "not answered" }
        switch response {
        case .unknown: return "don't know"
        case .notApplicable: return "not applicable"
        case .choice(let id): return question.option(id)?.label ?? id
        case .choices(let ids):
            // Labels read in place and written once: copying each option to read its label, and joining
            // part by part, cost more than the words.
            let options = question.options
            var labels: [String] = []
            labels.reserveCapacity(ids.count)
            for id in ids { labels.append(options.firstIndex { $0.id == id }.map { options[$0].label } ?? id) }
            return ReasonText.joining(before: [], labels, separator: "; ", after: [])
        case .scale(let value):
            if case .scale(let scale) = question.kind {
                if value == 1 { return "1 of 5 (\(scale.lowLabel))" }
                if value == 5 { return "5 of 5 (\(scale.highLabel))" }
            }
            return "\(value) of 5"
        case .number(let value):
            if case .number(let spec) = question.kind { return spec.describe(value) }
            return String(value)
        case .text(let text):
            let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return line.count > 60 ? "\"\(line.prefix(57))...\"" : "\"\(line)\""
        }
    }
}
