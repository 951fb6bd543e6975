import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore
@testable import ReadinessStore

/// A listing reads and scores its files on every core: the rows and problems it gives are exactly those of
/// reading each file in turn on one thread, whichever worker took which file.
final class ConcurrentListingTests: XCTestCase {
    /// The shipped questionnaires, every version, from the repository's folder.
    private static func shippedCatalog() throws -> QuestionnaireCatalog {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try QuestionnaireCatalog(directory: repository.appendingPathComponent("questionnaires").path)
    }

    /// Random answers as people leave them: most known, some "don't know", "not applicable" or skipped.
    private static func answers(for questionnaire: Questionnaire, using generator: inout SeededGenerator) -> [String: AnswerRecord] {
        var answers: [String: AnswerRecord] = [:]
        for question in questionnaire.questions {
            let roll = Int.random(in: 0..<100, using: &generator)
            if roll < 10 { continue }
            if roll < 22, question.allowsUnknown {
                answers[question.id] = AnswerRecord(response: .unknown)
                continue
            }
            let possible = AskNext.possibleResponses(for: question, in: questionnaire)
            guard let response = possible.randomElement(using: &generator) else { continue }
            answers[question.id] = AnswerRecord(response: response)
        }
        return answers
    }

    /// A distinct valid id for each index: its digits in base 31, in the ids' alphabet.
    private static func id(_ index: Int) -> String {
        let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")
        var value = index
        var characters: [Character] = []
        for _ in 0..<8 {
            characters.append(alphabet[value % alphabet.count])
            value /= alphabet.count
        }
        return String(characters)
    }

    func testAConcurrentListingGivesTheRowsOfASequentialReading() throws {
        // Several workers only when there are several cores and enough files (see `listing()`).
        try XCTSkipIf(ProcessInfo.processInfo.activeProcessorCount < 2, "one core: the listing reads on one thread")
        let catalog = try Self.shippedCatalog()
        let folder = try TemporaryFolder()
        let directory = folder.path("assessments")
        let store = FileAssessmentStore(directory: directory, questionnaires: catalog)
        let questionnaires = try ["discovery-quick", "co-managed-readiness"].flatMap { id in
            try ["1", "2"].map { version in try XCTUnwrap(catalog.questionnaire(id: id, version: version), "\(id) \(version)") }
        }
        var generator = SeededGenerator(seed: 2_026_1205)
        for index in 0..<400 {
            let questionnaire = questionnaires[index % questionnaires.count]
            var assessment = Assessment(
                id: Self.id(index),
                questionnaire: questionnaire, organization: "Organization \(index)", assessor: "Sam Rivera",
                mode: index % 2 == 0 ? .call : .self, now: StoreFixtures.date(index % 37))
            assessment.answers = Self.answers(for: questionnaire, using: &generator)
            assessment.status = index % 3 == 0 ? .draft : .complete
            try store.insert(assessment)
        }
        // Damaged files among them: each is a problem, the others are still listed.
        try "{".write(toFile: folder.path("assessments/tttt2222.json"), atomically: true, encoding: .utf8)
        try "".write(toFile: folder.path("assessments/tttt3333.json"), atomically: true, encoding: .utf8)
        try "{}".write(toFile: folder.path("assessments/not-an-id.json"), atomically: true, encoding: .utf8)

        let listing = store.listing()

        // The reference: every file in name order, read and summarized on this thread with a fresh scorer.
        var rows: [AssessmentSummary] = []
        var problems: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard AssessmentID.isValid(id), let read = try? store.read(id) else {
                problems.append("\(directory)/\(name)")
                continue
            }
            rows.append(AssessmentSummary(read.assessment, scorer: Scorer(questionnaire: read.questionnaire)))
        }
        XCTAssertEqual(rows.count, 400)
        XCTAssertGreaterThan(rows.filter { $0.outcome != nil }.count, 200)
        XCTAssertEqual(listing.summaries, rows.sorted(by: AssessmentSummary.newestFirst))
        XCTAssertEqual(listing.problems.map(\.path), problems)
    }
}
