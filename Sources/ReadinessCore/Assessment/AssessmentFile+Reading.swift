#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The header of an assessment file, read before its questionnaire is known.
public struct AssessmentHeader: Sendable {
    /// The questionnaire id named by the file.
    public var questionnaireID: String
    /// The questionnaire version named by the file.
    public var questionnaireVersion: String
    /// Where the questionnaire id is written, for messages.
    public var location: SourceLocation
}

extension AssessmentFile {
    /// Reads the questionnaire id and version a file names, so the caller can find the questionnaire.
    public static func header(of file: SourceFile) throws(DiagnosticsError) -> AssessmentHeader {
        var log = DiagnosticLog()
        guard let root = JSONReader.read(file, into: &log) else { throw DiagnosticsError(file: file, diagnostics: log.sorted) }
        let reader = SchemaReader()
        guard var map = reader.map(root, what: "the assessment file") else {
            throw DiagnosticsError(file: file, diagnostics: reader.log.sorted)
        }
        let header = readHeader(&map, reader: reader)
        guard let header, !reader.log.hasErrors else { throw DiagnosticsError(file: file, diagnostics: reader.log.sorted) }
        return header
    }

    /// Reads an assessment file in one pass: the header names the questionnaire, `questionnaire` finds it
    /// (nil when it is not available, which is reported at the header), and the answers are checked
    /// against it. Used where many files are read, such as listing a store.
    public static func decode(
        _ file: SourceFile, questionnaire find: (AssessmentHeader) -> Questionnaire?
    ) throws(DiagnosticsError) -> (Assessment, Questionnaire) {
        var log = DiagnosticLog()
        guard let root = JSONReader.read(file, into: &log) else { throw DiagnosticsError(file: file, diagnostics: log.sorted) }
        let reader = SchemaReader()
        guard var map = reader.map(root, what: "the assessment file") else {
            throw DiagnosticsError(file: file, diagnostics: reader.log.sorted)
        }
        guard let header = readHeader(&map, reader: reader), !reader.log.hasErrors else {
            throw DiagnosticsError(file: file, diagnostics: reader.log.sorted)
        }
        guard let questionnaire = find(header) else {
            throw DiagnosticsError(
                file: file,
                diagnostics: [
                    .error(
                        "this assessment is for questionnaire '\(header.questionnaireID)', which is not available", at: header.location)
                ])
        }
        let assessment = readBody(&map, header: header, questionnaire: questionnaire, reader: reader)
        guard let assessment, !reader.log.hasErrors else { throw DiagnosticsError(file: file, diagnostics: reader.log.sorted) }
        return (assessment, questionnaire)
    }

    /// Reads and checks an assessment file against its questionnaire, reporting every problem at once.
    ///
    /// A file answered under another version of the questionnaire is accepted when every answer is still
    /// valid; the caller can compare versions and say so.
    public static func decode(_ file: SourceFile, questionnaire: Questionnaire) throws(DiagnosticsError) -> Assessment {
        var log = DiagnosticLog()
        guard let root = JSONReader.read(file, into: &log) else { throw DiagnosticsError(file: file, diagnostics: log.sorted) }
        let reader = SchemaReader()
        let assessment = readAssessment(root, questionnaire: questionnaire, reader: reader)
        guard let assessment, !reader.log.hasErrors else { throw DiagnosticsError(file: file, diagnostics: reader.log.sorted) }
        return assessment
    }

    /// Reads the format tag, its version and the questionnaire from the top-level mapping.
    private static func readHeader(_ map: inout MapReader, reader: SchemaReader) -> AssessmentHeader? {
        if let formatValue = map.required("format"), let tag = reader.text(formatValue, what: "the format"), tag != format {
            reader.error("this is not an assessment file: the format is '\(tag)', expected '\(format)'", at: formatValue.location)
            return nil
        }
        if let versionValue = map.required("formatVersion"),
            let version = reader.integer(versionValue, what: "the format version", in: 1...1_000_000), version > formatVersion
        {
            reader.error(
                "this file was written by a newer version of readiness (format \(version)); this one reads format \(formatVersion)",
                at: versionValue.location)
            return nil
        }
        guard let questionnaireValue = map.required("questionnaire"),
            var questionnaire = reader.map(questionnaireValue, what: "the questionnaire")
        else { return nil }
        let id = questionnaire.required("id").flatMap { reader.text($0, what: "the questionnaire id") }
        let version = questionnaire.required("version").flatMap { reader.text($0, what: "the questionnaire version") }
        questionnaire.finish()
        guard let id, let version else { return nil }
        return AssessmentHeader(questionnaireID: id, questionnaireVersion: version, location: questionnaireValue.location)
    }

    private static func readAssessment(_ root: SourceValue, questionnaire: Questionnaire, reader: SchemaReader) -> Assessment? {
        guard var map = reader.map(root, what: "the assessment file"), let header = readHeader(&map, reader: reader) else { return nil }
        return readBody(&map, header: header, questionnaire: questionnaire, reader: reader)
    }

    /// Everything after the header: the people, the dates and every answer, checked against the questionnaire.
    private static func readBody(_ map: inout MapReader, header: AssessmentHeader, questionnaire: Questionnaire, reader: SchemaReader)
        -> Assessment?
    {
        if header.questionnaireID != questionnaire.id {
            reader.error("this assessment is for questionnaire '\(header.questionnaireID)', not '\(questionnaire.id)'", at: header.location)
        }
        let id = map.required("id").flatMap { reader.text($0, what: "the assessment id") }
        let organization = map.optional("organization").flatMap { readString($0, what: "the organization", reader: reader) } ?? ""
        let assessor = map.optional("assessor").flatMap { readString($0, what: "the assessor", reader: reader) } ?? ""
        let mode = map.optional("mode").flatMap { reader.word($0, what: "the mode", as: Assessment.Mode.self) } ?? .call
        let status = map.optional("status").flatMap { reader.word($0, what: "the status", as: Assessment.Status.self) } ?? .draft
        let created = map.optional("created").flatMap { readDate($0, what: "created", reader: reader) }
        let updated = map.optional("updated").flatMap { readDate($0, what: "updated", reader: reader) }
        // Optional: files from before team sync, and every file that never conflicted, have none.
        let conflictOf = map.optional("conflictOf").flatMap { reader.text($0, what: "the assessment it conflicted with") }
        // Optional likewise: written only when a contact was recorded, or the assessment continues another.
        let contact = map.optional("contact").flatMap { readContact($0, reader: reader) }
        let continuedFrom = map.optional("continuedFrom").flatMap { reader.text($0, what: "the assessment this one continues") }
        var answers: [String: AnswerRecord] = [:]
        if let answersValue = map.optional("answers"), var answersMap = reader.map(answersValue, what: "the answers") {
            for entry in answersMap.allEntries() {
                guard let question = questionnaire.question(entry.key.text) else {
                    let hint = Suggestions.hint(for: entry.key.text, among: questionnaire.questions.map(\.id))
                    reader.error(
                        "unknown question '\(entry.key.text)' in questionnaire '\(questionnaire.id)'\(hint)", at: entry.key.location)
                    continue
                }
                if let record = AnswerReading(reader: reader, question: question).read(entry.value) {
                    answers[question.id] = record
                }
            }
        }
        map.finish()
        guard let id else { return nil }
        let now = Date(timeIntervalSince1970: 0)
        return Assessment(
            id: id, questionnaireID: header.questionnaireID, questionnaireVersion: header.questionnaireVersion,
            organization: organization, assessor: assessor, mode: mode, created: created ?? updated ?? now,
            updated: updated ?? created ?? now, status: status, answers: answers, conflictOf: conflictOf,
            contact: contact, continuedFrom: continuedFrom)
    }

    /// `"contact": {"name": "...", "role": "..."}`, both optional.
    private static func readContact(_ value: SourceValue, reader: SchemaReader) -> Assessment.Contact? {
        guard var contact = reader.map(value, what: "the contact") else { return nil }
        let name = contact.optional("name").flatMap { readString($0, what: "the contact's name", reader: reader) }
        let role = contact.optional("role").flatMap { readString($0, what: "the contact's role", reader: reader) }
        contact.finish()
        return Assessment.Contact(name: name, role: role)
    }

    /// Text that may be empty (an organization not yet named).
    private static func readString(_ value: SourceValue, what: String, reader: SchemaReader) -> String? {
        guard case .scalar(let scalar) = value, scalar.isQuoted || scalar.isNull == false else {
            reader.error("expected \(what) as text, found \(value.shape)", at: value.location)
            return nil
        }
        return scalar.text
    }

    private static func readDate(_ value: SourceValue, what: String, reader: SchemaReader) -> Date? {
        guard let text = reader.text(value, what: what) else { return nil }
        guard let date = Timestamp.parse(text) else {
            let problem = Timestamp.problem(in: text) ?? "it is not a date"
            reader.error("\(what) '\(text)' is not a date this program reads: \(problem)", at: value.location)
            return nil
        }
        return date
    }
}
