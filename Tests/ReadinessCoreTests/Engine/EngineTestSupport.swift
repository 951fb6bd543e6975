import Foundation
import XCTest

@testable import ReadinessCore

/// Loading the shipped questionnaires and the guide's cases, and reading a result back in words.
enum EngineFixtures {
    /// The two shipped questionnaires, by id.
    static let shippedIDs = ["co-managed-readiness", "discovery-quick"]

    /// The repository root, found from this file's place in `Tests/ReadinessCoreTests/Engine/`.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Engine
            .deletingLastPathComponent()  // ReadinessCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    nonisolated(unsafe) private static var loaded: [String: Questionnaire] = [:]
    private static let lock = NSLock()

    /// A shipped questionnaire, loaded once: version 1 from `questionnaires/<id>.yaml`, a later version
    /// from `questionnaires/<id>-v<version>.yaml`.
    static func shipped(_ id: String, version: String = "1") throws -> Questionnaire {
        lock.lock()
        defer { lock.unlock() }
        let name = version == "1" ? "\(id).yaml" : "\(id)-v\(version).yaml"
        if let questionnaire = loaded[name] { return questionnaire }
        let url = repositoryRoot.appendingPathComponent("questionnaires/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let questionnaire = try QuestionnaireLoader.load(SourceFile(path: "questionnaires/\(name)", text: text), includes: readInclude)
        XCTAssertEqual(questionnaire.version, version, name)
        loaded[name] = questionnaire
        return questionnaire
    }

    /// Reads a file a questionnaire includes, a relative path from the repository root.
    static func readInclude(_ path: String, from including: SourceFile) throws -> SourceFile {
        let resolved = IncludePath.resolve(path, from: including.path)
        let url = resolved.hasPrefix("/") ? URL(fileURLWithPath: resolved) : repositoryRoot.appendingPathComponent(resolved)
        return SourceFile(path: resolved, text: try String(contentsOf: url, encoding: .utf8))
    }

    /// A questionnaire written in a test.
    static func inline(_ yaml: String, path: String = "inline.yaml") throws -> Questionnaire {
        do {
            return try QuestionnaireLoader.load(SourceFile(path: path, text: yaml))
        } catch {
            XCTFail("the test questionnaire does not load:\n\(error.description)")
            throw error
        }
    }

    /// A case file from `Fixtures/cases/<questionnaire>/<name>.json`, decoded against its questionnaire.
    static func assessment(_ name: String, in questionnaireID: String) throws -> Assessment {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/cases/\(questionnaireID)"),
            "no case \(questionnaireID)/\(name).json in the test bundle")
        let file = try SourceFile.decoding(path: "cases/\(questionnaireID)/\(name).json", bytes: [UInt8](Data(contentsOf: url)))
        let questionnaire = try shipped(questionnaireID)
        do {
            return try AssessmentFile.decode(file, questionnaire: questionnaire)
        } catch {
            XCTFail("case \(questionnaireID)/\(name) does not decode:\n\(error.description)")
            throw error
        }
    }
}

extension ScoreResult {
    /// The split row of an area; fails the test when there is none.
    func row(_ areaID: String, file: StaticString = #filePath, line: UInt = #line) throws -> SplitRow {
        try XCTUnwrap(split.first { $0.areaID == areaID }, "no split row '\(areaID)'", file: file, line: line)
    }

    /// A signal's result; fails the test when there is none.
    func signal(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> SignalResult {
        try XCTUnwrap(signals.first { $0.id == id }, "no signal '\(id)'", file: file, line: line)
    }

    /// The whole result in a few lines, for failure messages.
    var digest: String {
        var lines = ["\(fit.rating.rawValue) need \(fit.need) [\(fit.low)-\(fit.high)] \(fit.confidence.rawValue) by \(fit.decision)"]
        lines += fit.reasons.map { "  reason: \($0)" }
        for signal in signals {
            lines.append(
                "  \(signal.id): \(signal.score.map(String.init) ?? "-") [\(signal.low.map(String.init) ?? "-")-\(signal.high.map(String.init) ?? "-")] \(signal.level?.rawValue ?? "-") \(signal.points)/\(signal.maximum)+\(signal.unknownMaximum)"
            )
        }
        lines += blockers.map { "  blocker: \($0.id)" }
        for row in split {
            lines.append(
                "  \(row.areaID): \(row.owner.rawValue)\(row.lead.map { "(\($0.rawValue))" } ?? "") \(row.phase.rawValue) | \(row.reasons.dropFirst().joined(separator: " | "))"
            )
        }
        lines += nextSteps.map { "  step: \($0.prefix(70))" }
        lines += unknowns.map {
            "  unknown: \($0.questionID) swing \($0.swing) \($0.couldChangeRatingTo.map(\.rawValue)) \($0.couldTriggerBlockers)"
        }
        return lines.joined(separator: "\n")
    }
}

/// Equality of everything a score says, field by field (`ScoreResult` itself is not `Equatable`).
func XCTAssertSameScore(
    _ left: ScoreResult, _ right: ScoreResult, _ message: @autoclosure () -> String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(left.fit, right.fit, "fit \(message())", file: file, line: line)
    XCTAssertEqual(left.signals, right.signals, "signals \(message())", file: file, line: line)
    XCTAssertEqual(left.blockers, right.blockers, "blockers \(message())", file: file, line: line)
    XCTAssertEqual(left.split, right.split, "split \(message())", file: file, line: line)
    XCTAssertEqual(left.nextSteps, right.nextSteps, "next steps \(message())", file: file, line: line)
    XCTAssertEqual(left.unknowns, right.unknowns, "unknowns \(message())", file: file, line: line)
    XCTAssertEqual(left.visibleQuestionIDs, right.visibleQuestionIDs, "visible questions \(message())", file: file, line: line)
    XCTAssertEqual(left.answeredCount, right.answeredCount, "answered count \(message())", file: file, line: line)
}

/// Asserts that two results agree on everything the engine concludes except the answered count (which
/// callers compare themselves, since some differ on it on purpose).
func assertSameConclusions(_ one: ScoreResult, _ other: ScoreResult, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(one.fit, other.fit, label, file: file, line: line)
    XCTAssertEqual(one.signals, other.signals, label, file: file, line: line)
    XCTAssertEqual(one.blockers, other.blockers, label, file: file, line: line)
    XCTAssertEqual(one.split, other.split, label, file: file, line: line)
    XCTAssertEqual(one.nextSteps, other.nextSteps, label, file: file, line: line)
    XCTAssertEqual(one.unknowns, other.unknowns, label, file: file, line: line)
}
