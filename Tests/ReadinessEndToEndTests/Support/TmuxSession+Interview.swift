import Foundation
import XCTest

@testable import ReadinessCore

/// Steps of the full-screen interview that many end-to-end tests take.
extension TmuxSession {
    /// Fills in the start screen and starts the interview.
    func startNewAssessment(organization: String, assessor: String = "Jo") throws {
        try waitFor(text: "Start the interview")
        try type(organization)
        try press("Enter")
        try type(assessor)
        try press("Enter", "Enter", "Enter")
        // With two questionnaires there is a questionnaire row before Start.
        if try screen().contains("Questionnaire  <") { try press("Enter") }
    }

    /// The assessments saved in the data folder, by file name.
    func savedAssessments(questionnaire: String = "discovery-quick") throws -> [String: Assessment] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dataFolder.url.path).filter {
            $0.hasSuffix(".json") && !$0.hasPrefix(".")
        }
        var saved: [String: Assessment] = [:]
        for name in names {
            let path = dataFolder.path(name)
            saved[name] = try AssessmentFile.decode(
                SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8)),
                questionnaire: try InterviewDriver.shippedQuestionnaire(questionnaire))
        }
        return saved
    }

    /// The files in the data folder whose names end so (".lock").
    func dataFiles(endingWith suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dataFolder.url.path).filter { $0.hasSuffix(suffix) }
    }
}
