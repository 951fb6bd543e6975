/// The one place that decides whether a response is allowed for a question, for files, the interview and plain mode alike.
public enum AnswerValidation {
    /// What is wrong with a response, in words for the person who gave it, or nil when it is allowed.
    public static func problem(with response: Response, for question: Question) -> String? {
        switch (response, question.kind) {
        case (.unknown, _):
            return question.allowsUnknown ? nil : "this question does not allow \"don't know\""
        case (.notApplicable, _):
            return question.allowsNotApplicable ? nil : "this question does not allow \"not applicable\""
        case (.choice(let id), .single(let options)):
            return options.contains { $0.id == id } ? nil : "'\(id)' is not one of \(options.map(\.id).joined(separator: ", "))"
        case (.choices(let ids), .multiple(let options)):
            if ids.isEmpty { return "choose at least one option" }
            if let unknown = ids.first(where: { id in !options.contains { $0.id == id } }) {
                return "'\(unknown)' is not one of \(options.map(\.id).joined(separator: ", "))"
            }
            if ids.count > 1, let exclusive = options.first(where: { $0.exclusive && ids.contains($0.id) }) {
                return "'\(exclusive.label)' cannot be combined with other options"
            }
            return nil
        case (.scale(let value), .scale):
            return Scale.values.contains(value) ? nil : "choose 1 to 5"
        case (.number(let value), .number(let spec)):
            if value < spec.minimum { return "enter \(spec.minimum) or more" }
            if value > spec.maximum { return "enter \(spec.maximum) or less" }
            return nil
        case (.text(let text), .text):
            if text.allSatisfy(\.isWhitespace) { return "type an answer, or skip the question" }
            return tooLong(text, what: "a text answer")
        default:
            return "a \(question.kind.name) question needs \(allowedValues(for: question))"
        }
    }

    /// Why a note or a text answer is too long, or nil when it fits `AnswerRecord.maximumTextLength`.
    public static func tooLong(_ text: String, what: String) -> String? {
        // A character is at least one byte, so text no longer in bytes fits without counting its characters.
        guard text.utf8.count > AnswerRecord.maximumTextLength else { return nil }
        let count = text.count
        guard count > AnswerRecord.maximumTextLength else { return nil }
        return "\(what) holds at most \(AnswerRecord.maximumTextLength) characters; this one has \(count)"
    }

    /// The values a question takes, in words: "one of none, solo, small-team; or \"don't know\"".
    static func allowedValues(for question: Question) -> String {
        var text: String
        switch question.kind {
        case .single(let options):
            text = "one of \(options.map(\.id).joined(separator: ", "))"
        case .multiple(let options):
            text = "a list of any of \(options.map(\.id).joined(separator: ", "))"
        case .scale(let scale):
            text = "a whole number from 1 (\(scale.lowLabel)) to 5 (\(scale.highLabel))"
        case .number(let spec):
            text = "a whole number from \(spec.minimum) to \(spec.maximum)"
        case .text:
            text = "text"
        }
        var extras: [String] = []
        if question.allowsUnknown { extras.append("\"don't know\"") }
        if question.allowsNotApplicable { extras.append("\"not applicable\"") }
        if !extras.isEmpty { text += "; or " + extras.joined(separator: " or ") }
        return text
    }

    /// Reads a number the way a person types it: digits, an optional sign, spaces and thousands separators ignored.
    public static func parseNumber(_ text: String) -> Int? {
        let cleaned = text.filter { !$0.isWhitespace && $0 != "," && $0 != "_" }
        guard !cleaned.isEmpty, cleaned.count <= 12 else { return nil }
        return Int(cleaned)
    }
}
