#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The portable assessment file: JSON that can be emailed, attached to a ticket or kept in git.
public enum AssessmentFile {
    /// The format tag at the top of every file.
    public static let format = "readiness-assessment"
    /// The newest format version this program reads and writes.
    static let formatVersion = 1

    /// The assessment as JSON, answers in questionnaire order when the questionnaire is given.
    public static func encode(_ assessment: Assessment, questionnaire: Questionnaire? = nil) -> String {
        json(for: assessment, questionnaire: questionnaire).rendered()
    }

    /// The assessment as a JSON value.
    public static func json(for assessment: Assessment, questionnaire: Questionnaire? = nil) -> JSONValue {
        let order = questionnaire.map { q in q.questions.map(\.id).filter { assessment.answers[$0] != nil } } ?? []
        let rest = assessment.answers.keys.filter { !order.contains($0) }.sorted()
        let answers: [(String, JSONValue)] = (order + rest).compactMap { id in
            guard let record = assessment.answers[id], !record.isEmpty else { return nil }
            return (id, json(for: record))
        }
        var entries: [(String, JSONValue)] = [
            ("format", .string(format)),
            ("formatVersion", .integer(formatVersion)),
            ("id", .string(assessment.id)),
            (
                "questionnaire",
                .object([("id", .string(assessment.questionnaireID)), ("version", .string(assessment.questionnaireVersion))])
            ),
            ("organization", .string(assessment.organization)),
            ("assessor", .string(assessment.assessor)),
            ("mode", .string(assessment.mode.rawValue)),
            ("status", .string(assessment.status.rawValue)),
            ("created", .string(Timestamp.format(assessment.created))),
            ("updated", .string(Timestamp.format(assessment.updated))),
            ("answers", .object(answers)),
        ]
        // Written only when set, so every other file reads exactly as before.
        if let original = assessment.conflictOf { entries.append(("conflictOf", .string(original))) }
        if let contact = assessment.contact {
            entries.append(
                (
                    "contact",
                    .object([("name", contact.name), ("role", contact.role)].compactMap { key, value in value.map { (key, .string($0)) } })
                ))
        }
        if let earlier = assessment.continuedFrom { entries.append(("continuedFrom", .string(earlier))) }
        return .object(entries)
    }

    private static func json(for record: AnswerRecord) -> JSONValue {
        var entries: [(String, JSONValue)] = []
        switch record.response {
        case .choice(let id): entries.append(("value", .string(id)))
        case .choices(let ids): entries.append(("value", .array(ids.map(JSONValue.string))))
        case .scale(let value), .number(let value): entries.append(("value", .integer(value)))
        case .text(let text): entries.append(("value", .string(text)))
        case .unknown: entries.append(("dontKnow", .bool(true)))
        case .notApplicable: entries.append(("notApplicable", .bool(true)))
        case nil: break
        }
        if let note = record.note, !note.isEmpty { entries.append(("note", .string(note))) }
        if record.flagged { entries.append(("flagged", .bool(true))) }
        // Written only when set, so files without shared notes read the same in older versions.
        if record.shareNote { entries.append(("shareNote", .bool(true))) }
        return .object(entries)
    }
}
