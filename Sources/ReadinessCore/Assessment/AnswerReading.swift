/// Reads one answer from an assessment file and checks it against its question.
struct AnswerReading {
    let reader: SchemaReader
    let question: Question

    /// Keys a template writes for people and scripts to read; they carry no answer.
    static let informationalKeys = ["question", "kind", "allowed"]

    func read(_ value: SourceValue) -> AnswerRecord? {
        // An answer is an object; a bare value is the commonest slip, so the error shows the object.
        guard case .map = value else {
            reader.error(
                "expected the answer to '\(question.id)' as an object, found \(value.shape); \(allowedDescription)", at: value.location)
            return nil
        }
        guard var map = reader.map(value, what: "the answer to '\(question.id)'") else { return nil }
        let valueEntry = map.optional("value")
        let dontKnowValue = map.optional("dontKnow")
        let notApplicableValue = map.optional("notApplicable")
        let note = map.optional("note").flatMap { value -> String? in
            guard case .scalar(let scalar) = value else {
                reader.error("expected the note to '\(question.id)' as text, found \(value.shape)", at: value.location)
                return nil
            }
            if let problem = AnswerValidation.tooLong(scalar.text, what: "the note to '\(question.id)'") {
                reader.error(problem, at: value.location)
                return nil
            }
            return scalar.text
        }
        let flagged = map.optional("flagged").flatMap { reader.boolean($0, what: "flagged") } ?? false
        // Absent in files written before notes could be shared: such notes stay internal.
        let shareNote = map.optional("shareNote").flatMap { reader.boolean($0, what: "shareNote") } ?? false
        for key in Self.informationalKeys { _ = map.optional(key) }
        map.finish()

        let dontKnow = dontKnowValue.flatMap { reader.boolean($0, what: "dontKnow") } ?? false
        let notApplicable = notApplicableValue.flatMap { reader.boolean($0, what: "notApplicable") } ?? false
        let stated = [valueEntry != nil, dontKnow, notApplicable].filter { $0 }.count
        if stated > 1 {
            reader.error("the answer to '\(question.id)' gives more than one of 'value', 'dontKnow' and 'notApplicable'", at: map.location)
            return nil
        }
        var response: Response?
        if dontKnow {
            guard question.allowsUnknown else {
                reader.error("question '\(question.id)' does not allow \"don't know\"; \(allowedDescription)", at: dontKnowValue!.location)
                return nil
            }
            response = .unknown
        } else if notApplicable {
            guard question.allowsNotApplicable else {
                reader.error(
                    "question '\(question.id)' does not allow \"not applicable\"; \(allowedDescription)", at: notApplicableValue!.location)
                return nil
            }
            response = .notApplicable
        } else if let valueEntry {
            guard let parsed = self.response(from: valueEntry) else { return nil }
            response = parsed
        }
        return AnswerRecord(response: response, note: note, flagged: flagged, shareNote: shareNote)
    }

    /// What the question accepts, for error messages.
    var allowedDescription: String {
        "it takes \(AnswerValidation.allowedValues(for: question)); \(writtenAs)"
    }

    /// How the answers the question takes are written in the file: `written {"value": 1} or {"dontKnow": true}`.
    private var writtenAs: String {
        let example: String
        switch question.kind {
        case .single(let options): example = "\"\(options.first?.id ?? "id")\""
        case .multiple(let options): example = "[\"\(options.first?.id ?? "id")\", ...]"
        case .scale: example = "3"
        case .number(let spec): example = String(spec.minimum)
        case .text: example = "\"...\""
        }
        var forms = ["{\"value\": \(example)}"]
        if question.allowsUnknown { forms.append("{\"dontKnow\": true}") }
        if question.allowsNotApplicable { forms.append("{\"notApplicable\": true}") }
        return "written " + forms.joined(separator: " or ")
    }

    private func response(from value: SourceValue) -> Response? {
        switch question.kind {
        case .single(let options):
            guard case .scalar(let scalar) = value, scalar.isQuoted || !scalar.isNull else { return refuse(value) }
            guard options.contains(where: { $0.id == scalar.text }) else { return refuse(value, found: "'\(scalar.text)'") }
            return .choice(scalar.text)
        case .multiple(let options):
            guard case .list(let items, _) = value else { return refuse(value) }
            var chosen: [String] = []
            for item in items {
                guard case .scalar(let scalar) = item, options.contains(where: { $0.id == scalar.text }) else {
                    return refuse(item, found: item.shapeForAnswer)
                }
                if !chosen.contains(scalar.text) { chosen.append(scalar.text) }
            }
            let ordered = options.map(\.id).filter(chosen.contains)
            if let problem = AnswerValidation.problem(with: .choices(ordered), for: question) {
                reader.error("the answer to '\(question.id)' is not allowed: \(problem)", at: value.location)
                return nil
            }
            return .choices(ordered)
        case .scale:
            guard case .scalar(let scalar) = value, !scalar.isQuoted, let number = Int(scalar.text), Scale.values.contains(number) else {
                return refuse(value)
            }
            return .scale(number)
        case .number(let spec):
            guard case .scalar(let scalar) = value, !scalar.isQuoted, let number = Int(scalar.text) else { return refuse(value) }
            guard (spec.minimum...spec.maximum).contains(number) else { return refuse(value, found: String(number)) }
            return .number(number)
        case .text:
            guard case .scalar(let scalar) = value, scalar.isQuoted else { return refuse(value) }
            if let problem = AnswerValidation.problem(with: .text(scalar.text), for: question) {
                reader.error("the answer to '\(question.id)' is not allowed: \(problem)", at: value.location)
                return nil
            }
            return .text(scalar.text)
        }
    }

    private func refuse(_ value: SourceValue, found: String? = nil) -> Response? {
        reader.error(
            "the answer to '\(question.id)' is not allowed: found \(found ?? value.shapeForAnswer); \(allowedDescription)",
            at: value.location)
        return nil
    }
}

extension SourceValue {
    /// The value as a person would recognize it in a message.
    var shapeForAnswer: String {
        if case .scalar(let scalar) = self {
            if scalar.isNull { return "nothing" }
            return scalar.isQuoted ? "\"\(scalar.text.prefix(40))\"" : String(scalar.text.prefix(40))
        }
        return shape
    }
}
