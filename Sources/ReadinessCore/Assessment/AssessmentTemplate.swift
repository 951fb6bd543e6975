/// A blank assessment file listing every question with its allowed values, to fill in by hand or by a script.
public enum AssessmentTemplate {
    /// The template as JSON text. It loads as-is (every answer empty), and stays loadable as answers are filled in.
    public static func render(for questionnaire: Questionnaire, id: String = "template", createdAt: String) -> String {
        let answers: [(String, JSONValue)] = questionnaire.questions.map { question in
            var entry: [(String, JSONValue)] = [("value", .null)]
            entry.append(("question", .string(question.title)))
            entry.append(("kind", .string(question.kind.name)))
            entry.append(("allowed", allowed(for: question)))
            return (question.id, .object(entry))
        }
        return JSONValue.object([
            ("format", .string(AssessmentFile.format)),
            ("formatVersion", .integer(AssessmentFile.formatVersion)),
            ("id", .string(id)),
            ("questionnaire", .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version))])),
            ("organization", .string("")),
            ("assessor", .string("")),
            ("mode", .string(Assessment.Mode.call.rawValue)),
            ("status", .string(Assessment.Status.draft.rawValue)),
            ("created", .string(createdAt)),
            ("updated", .string(createdAt)),
            ("answers", .object(answers)),
        ]).rendered()
    }

    /// The allowed values of one question, in a form a script can read.
    private static func allowed(for question: Question) -> JSONValue {
        var entries: [(String, JSONValue)] = []
        switch question.kind {
        case .single(let options):
            entries.append(("oneOf", .array(options.map { .string($0.id) })))
        case .multiple(let options):
            entries.append(("anyOf", .array(options.map { .string($0.id) })))
            let exclusive = options.filter(\.exclusive).map { JSONValue.string($0.id) }
            if !exclusive.isEmpty { entries.append(("alone", .array(exclusive))) }
        case .scale(let scale):
            entries.append(("min", .integer(1)))
            entries.append(("max", .integer(5)))
            entries.append(("labels", .object([("1", .string(scale.lowLabel)), ("5", .string(scale.highLabel))])))
        case .number(let spec):
            entries.append(("min", .integer(spec.minimum)))
            entries.append(("max", .integer(spec.maximum)))
            if let unit = spec.unit { entries.append(("unit", .string(unit))) }
        case .text:
            entries.append(("text", .bool(true)))
        }
        if question.allowsUnknown { entries.append(("dontKnow", .bool(true))) }
        if question.allowsNotApplicable { entries.append(("notApplicable", .bool(true))) }
        return .object(entries)
    }
}
