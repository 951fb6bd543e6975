import ReadinessCore

/// Loads an assessment file from disk together with the questionnaire it names.
public enum AssessmentFileLoader {
    /// A loaded assessment with its questionnaire.
    public struct Loaded: Sendable {
        /// The assessment.
        public let assessment: Assessment
        /// The questionnaire it was checked against.
        public let questionnaire: Questionnaire
    }

    /// Reads a file a person named (a pipe such as `/dev/stdin` too), finds its questionnaire in the
    /// catalog and checks every answer against it.
    public static func load(path: String, catalog: QuestionnaireCatalog) throws(AssessmentLoadError) -> Loaded {
        let bytes: [UInt8]
        do { bytes = try FileReader.bytes(atPath: path, acceptingStreams: true) } catch { throw .file(error) }
        return try load(path: path, bytes: bytes, catalog: catalog)
    }

    /// Checks bytes already read (the store reads them itself).
    public static func load(path: String, bytes: [UInt8], catalog: QuestionnaireCatalog) throws(AssessmentLoadError) -> Loaded {
        do throws(DiagnosticsError) {
            let file = try SourceFile.decoding(path: path, bytes: bytes)
            var missing: String?
            do throws(DiagnosticsError) {
                let (assessment, questionnaire) = try AssessmentFile.decode(file) { header in
                    let found = try? catalog.questionnaire(id: header.questionnaireID)
                    if found == nil { missing = header.questionnaireID }
                    return found
                }
                return Loaded(assessment: assessment, questionnaire: questionnaire)
            } catch {
                guard let missing, let location = error.diagnostics.first?.location else { throw error }
                let available = catalog.questionnaires.map(\.id).joined(separator: ", ")
                throw DiagnosticsError(file: file, diagnostics: [.error(
                    "this assessment is for questionnaire '\(missing)', which is not available (available: \(available.isEmpty ? "none" : available))",
                    at: location)])
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
