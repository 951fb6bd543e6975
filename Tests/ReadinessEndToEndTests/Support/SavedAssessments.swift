import Foundation

@testable import ReadinessCore

/// The assessments saved in a data folder, read from disk as the tests' own check of what was kept.
enum SavedAssessments {
    /// Every `<id>.json` in `folder`, decoded against `questionnaire`, by id.
    static func all(in folder: String, questionnaire: Questionnaire) throws -> [String: Assessment] {
        var found: [String: Assessment] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder + "/" + name
            let assessment = try AssessmentFile.decode(
                SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8)), questionnaire: questionnaire)
            found[assessment.id] = assessment
        }
        return found
    }

    /// The lock files left in `folder`.
    static func locks(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".lock") }
    }
}
