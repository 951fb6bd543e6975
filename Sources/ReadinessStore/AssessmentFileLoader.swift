import ReadinessCore

/// Loads an assessment file from disk together with the questionnaire version it names.
public enum AssessmentFileLoader {
    /// A loaded assessment with its questionnaire.
    public struct Loaded: Sendable {
        /// The assessment.
        public let assessment: Assessment
        /// The questionnaire it was checked against.
        public let questionnaire: Questionnaire
    }

    /// Reads a file a person named (a pipe such as `/dev/stdin` too), finds its questionnaire version in
    /// the catalog and checks every answer against it.
    public static func load(path: String, catalog: QuestionnaireCatalog) throws(AssessmentLoadError) -> Loaded {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path, acceptingStreams: true) } catch { throw .file(error) }
        return try load(path: path, bytes: bytes, catalog: catalog)
    }

    /// Checks bytes already read (the store reads them itself).
    public static func load(path: String, bytes: [UInt8], catalog: QuestionnaireCatalog) throws(AssessmentLoadError) -> Loaded {
        do throws(DiagnosticsError) {
            let file = try SourceFile.decoding(path: path, bytes: bytes)
            var missing: AssessmentHeader?
            do throws(DiagnosticsError) {
                // Exactly the version the file was answered under: checked against another, a question only
                // one version has would be refused or misread.
                let (assessment, questionnaire) = try AssessmentFile.decode(file) { header in
                    let found = catalog.questionnaire(id: header.questionnaireID, version: header.questionnaireVersion)
                    if found == nil { missing = header }
                    return found
                }
                return Loaded(assessment: assessment, questionnaire: questionnaire)
            } catch {
                guard let missing else { throw error }
                throw DiagnosticsError(
                    file: file,
                    diagnostics: [
                        .error(
                            catalog.unavailableMessage(id: missing.questionnaireID, version: missing.questionnaireVersion),
                            at: missing.location)
                    ])
            }
        } catch {
            throw .invalid(error)
        }
    }
}

/// Why an assessment file cannot be used: it cannot be read (74) or it is invalid (65).
public enum AssessmentLoadError: Error, Sendable {
    case file(FileError)
    case invalid(DiagnosticsError)
}
