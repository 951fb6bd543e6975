import ReadinessCore
import ReproducibleRandom

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Saved assessments written straight into a data folder, as the store would have written them.
enum StoreFixture {
    /// Writes `count` assessments over the given questionnaires: a third drafts (half answered), the
    /// rest complete, with notes and flags, 0600 in a 0700 folder.
    static func generate(into folder: String, count: Int, questionnairePaths: [String]) {
        let questionnaires = questionnairePaths.map { path in
            EngineBench.loadQuestionnaire(path: path, text: try! String(contentsOfFile: path, encoding: .utf8))
        }
        mkdir(folder, 0o700)
        var generator = SeededGenerator(seed: 2026)
        for index in 0..<count {
            let questionnaire = questionnaires[index % questionnaires.count]
            let draft = index % 3 == 0
            let assessment = Answers.assessment(
                id: Answers.id(index), for: questionnaire, organization: "Organization \(index)",
                status: draft ? .draft : .complete, fraction: draft ? 0.5 : 1, using: &generator)
            write(AssessmentFile.encode(assessment, questionnaire: questionnaire), to: "\(folder)/\(assessment.id).json")
        }
    }

    /// One finished assessment file, for `readiness report FILE`.
    static func writeAssessment(to path: String, questionnairePath: String) {
        let questionnaire = EngineBench.loadQuestionnaire(
            path: questionnairePath, text: try! String(contentsOfFile: questionnairePath, encoding: .utf8))
        var generator = SeededGenerator(seed: 7)
        let assessment = Answers.assessment(
            id: "b3nchm4r", for: questionnaire, organization: "Acme Logistics", status: .complete, using: &generator)
        write(AssessmentFile.encode(assessment, questionnaire: questionnaire), to: path)
    }

    private static func write(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(descriptor >= 0, "cannot write \(path)")
        var bytes = Array(text.utf8)
        bytes.append(UInt8(ascii: "\n"))
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
}
