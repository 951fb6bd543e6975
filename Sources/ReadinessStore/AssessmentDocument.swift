import ReadinessCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads stored assessment files: the one way both stores and `import` turn bytes into an assessment,
/// so they accept and refuse the same files.
public enum AssessmentDocument {
    /// An assessment with the questionnaire it was read with.
    public struct Read: Sendable {
        /// The assessment.
        public let assessment: Assessment
        /// The questionnaire: exactly the version it was answered under, unless re-scoring asked for another.
        public let questionnaire: Questionnaire

        /// Pairs an assessment with the questionnaire it was read with.
        public init(assessment: Assessment, questionnaire: Questionnaire) {
            self.assessment = assessment
            self.questionnaire = questionnaire
        }
    }

    /// Decodes a stored file. `id`, when given, replaces the id written inside: a stored file is named
    /// by its file name, so a copied file cannot shadow another.
    public static func read(
        _ bytes: [UInt8], path: String, id: String? = nil, questionnaires: QuestionnaireSource
    ) throws(StoreError) -> Read {
        // Most files are plainly valid: read straight from the bytes. Anything else takes the located road
        // below, which accepts exactly the same files and says where and what is wrong with the others.
        if let (assessment, questionnaire) = AssessmentFile.decodePlain(bytes, questionnaire: questionnaires.questionnaire(id:version:)) {
            var assessment = assessment
            if let id { assessment.id = id }
            return Read(assessment: assessment, questionnaire: questionnaire)
        }
        let file: SourceFile
        do throws(DiagnosticsError) {
            file = try SourceFile.decoding(path: path, bytes: bytes)
        } catch {
            throw .invalid(problem(from: error, path: path))
        }
        // One pass over the JSON: the header picks the questionnaire, then the answers are checked.
        var header: AssessmentHeader?
        var chosen: Questionnaire?
        do throws(DiagnosticsError) {
            var (assessment, questionnaire) = try AssessmentFile.decode(file) { found in
                header = found
                chosen = questionnaires.questionnaire(id: found.questionnaireID, version: found.questionnaireVersion)
                return chosen
            }
            if let id { assessment.id = id }
            return Read(assessment: assessment, questionnaire: questionnaire)
        } catch {
            guard let header else { throw .invalid(problem(from: error, path: path)) }
            guard let questionnaire = chosen else {
                let message = questionnaires.unavailableMessage(id: header.questionnaireID, version: header.questionnaireVersion)
                let diagnostic = DiagnosticsError(file: file, diagnostics: [.error(message, at: header.location)])
                throw .invalid(StoreProblem(path: path, location: header.location, message: message, details: diagnostic.description))
            }
            // Re-scored under another version that refuses some answers: say so, rather than blame the
            // file alone.
            let prefix =
                header.questionnaireVersion == questionnaire.version
                ? ""
                : "answered under version \(header.questionnaireVersion) of '\(questionnaire.id)'; version \(questionnaire.version) does not accept this: "
            throw .invalid(problem(from: error, path: path, prefix: prefix))
        }
    }

    /// The first error as a one-line problem with a count of the others, and every one in full as details.
    static func problem(from error: DiagnosticsError, path: String, prefix: String = "") -> StoreProblem {
        let errors = error.diagnostics.filter { $0.severity == .error }
        guard let first = errors.first ?? error.diagnostics.first else {
            return StoreProblem(path: path, message: prefix + "the file cannot be read")
        }
        let others = errors.count - 1
        let more = others > 0 ? " (and \(others) more \(others == 1 ? "problem" : "problems"))" : ""
        let context = prefix.isEmpty ? "" : "\(path): note: \(prefix.trimming { $0 == ":" || $0 == " " })\n"
        return StoreProblem(
            path: path, location: first.location, message: prefix + first.message + more, details: context + error.description)
    }

    /// The assessment's answers checked against another questionnaire (a newer version), for re-scoring.
    public static func reread(_ assessment: Assessment, with questionnaire: Questionnaire, path: String) throws(StoreError) -> Read {
        let bytes = Array(AssessmentFile.encode(assessment).utf8)
        return try read(bytes, path: path, id: assessment.id, questionnaires: NewestVersionSource(QuestionnaireShelf([questionnaire])))
    }
}
