import Foundation
import XCTest

@testable import ReadinessCore

/// `include:`: files of shared conditions, split and areas, merged before the questionnaire is read, with
/// every problem reported in the file, line and column it is written at.
final class SplitIncludeTests: XCTestCase {
    private struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): no such file" }
    }

    /// Reads from a set of files in memory, by their path resolved against the including file's folder.
    private static func reader(_ files: [String: String]) -> IncludeReader {
        { path, including in
            let resolved = IncludePath.resolve(path, from: including.path)
            guard let text = files[resolved] else { throw Missing(path: resolved) }
            return SourceFile(path: resolved, text: text)
        }
    }

    /// The README's worked example split into a questionnaire and a shared file it includes.
    private static func split(planting plant: (String) -> String = { $0 }) throws -> (main: String, shared: String) {
        let whole = try SplitLanguageTests.newcomerQuestionnaire()
        let head = try XCTUnwrap(whole.components(separatedBy: "conditions:\n").first)
        let tail = try XCTUnwrap(whole.components(separatedBy: "conditions:\n").last)
        let shared = "conditions:\n" + (try XCTUnwrap(tail.components(separatedBy: "nextSteps:\n").first))
        let steps = "nextSteps:\n" + (try XCTUnwrap(tail.components(separatedBy: "nextSteps:\n").last))
        return (head + "include: [parts/split.yaml]\n" + steps, plant(shared))
    }

    private static func check(_ main: String, _ files: [String: String]) -> (QuestionnaireLoader.Check, String) {
        let check = QuestionnaireLoader.check(SourceFile(path: "q/main.yaml", text: main), includes: reader(files))
        return (check, DiagnosticRenderer.render(check.diagnostics, in: check.files))
    }

    func testAnIncludedSplitScoresExactlyAsTheSameSplitWrittenInPlace() throws {
        let (main, shared) = try Self.split()
        let (check, rendered) = Self.check(main, ["q/parts/split.yaml": shared])
        XCTAssertEqual(rendered, "")
        XCTAssertEqual(check.files.map(\.path), ["q/main.yaml", "q/parts/split.yaml"])
        let included = try XCTUnwrap(check.questionnaire)
        let inPlace = try EngineFixtures.inline(SplitLanguageTests.newcomerQuestionnaire())
        XCTAssertEqual(included.areas.map(\.id), inPlace.areas.map(\.id))
        for answers: [String: Response] in [["after-hours": .choice("nobody"), "sites": .number(3)], ["after-hours": .choice("covered")]] {
            XCTAssertEqual(Scorer(questionnaire: included).score(answers).split, Scorer(questionnaire: inPlace).score(answers).split)
        }
    }

    func testAProblemInAnIncludedFileIsReportedThereAtItsLineAndColumn() throws {
        let (main, shared) = try Self.split {
            $0.replacingOccurrences(
                of: "requires: [monitoring]\n    addresses: [after-hours-gap]",
                with: "requires: [monitoring]\n    addresses: [after-hours-gab]")
        }
        let (check, rendered) = Self.check(main, ["q/parts/split.yaml": shared])
        XCTAssertNil(check.questionnaire)
        let line = try XCTUnwrap(shared.components(separatedBy: "\n").firstIndex { $0.contains("after-hours-gab") }) + 1
        XCTAssertEqual(
            rendered,
            """
            q/parts/split.yaml:\(line):17: error: unknown signal 'after-hours-gab'; did you mean 'after-hours-gap'?
                addresses: [after-hours-gab]
                            ^

            """)
    }

    func testALoopAMissingFileAndAKeyAnIncludedFileMayNotHoldAreErrorsAtTheInclude() throws {
        let (main, shared) = try Self.split()
        let looping = shared + "include: [../main.yaml]\n"
        let loop = Self.check(main, ["q/parts/split.yaml": looping, "q/main.yaml": main]).1
        XCTAssertTrue(
            loop.contains(
                "q/parts/split.yaml:\(looping.components(separatedBy: "\n").count - 1):11: error: include loop: q/main.yaml includes q/parts/split.yaml includes q/main.yaml"
            ), loop)
        let missing = Self.check(main, [:])
        XCTAssertNil(missing.0.questionnaire)
        XCTAssertTrue(missing.1.contains("error: cannot include 'parts/split.yaml': q/parts/split.yaml: no such file\n"), missing.1)
        let stray = Self.check(main, ["q/parts/split.yaml": "blockers: []\n" + shared]).1
        XCTAssertTrue(
            stray.hasPrefix(
                "q/parts/split.yaml:1:1: error: an included file may hold only conditions, split and areas (and include), not 'blockers'\n"),
            stray)
        let unread = QuestionnaireLoader.check(SourceFile(path: "q/main.yaml", text: main), includes: nil)
        XCTAssertTrue(
            DiagnosticRenderer.render(unread.diagnostics, in: unread.files).contains(
                "error: 'parts/split.yaml' cannot be included here: this questionnaire was not read from a folder"))
    }

    func testWhatIsGivenTwiceAcrossFilesIsAnErrorWithANoteAtTheOtherFile() throws {
        let (main, shared) = try Self.split()
        let twice = main.replacingOccurrences(
            of: "include: [parts/split.yaml]\n",
            with:
                "include: [parts/split.yaml]\nsplit: {strongest: {count: 2}}\nconditions:\n  several-sites: {question: sites, atLeast: 3}\n"
        )
        let rendered = Self.check(twice, ["q/parts/split.yaml": shared]).1
        XCTAssertTrue(
            rendered.contains("error: 'split' is given both here and in the included q/parts/split.yaml; give it in one place"), rendered)
        XCTAssertTrue(rendered.contains("q/parts/split.yaml:5:1: note: 'split' in q/parts/split.yaml is here"), rendered)
        XCTAssertTrue(
            rendered.contains(
                """
                error: duplicate key 'several-sites' in the named conditions
                  several-sites: {question: sites, atLeast: 3}
                  ^
                q/parts/split.yaml:3:3: note: 'several-sites' is first set here
                """), rendered)
    }

    func testIncludePathsResolveAgainstTheIncludingFilesFolder() {
        XCTAssertEqual(IncludePath.resolve("shared/split-v2.yaml", from: "questionnaires/full.yaml"), "questionnaires/shared/split-v2.yaml")
        XCTAssertEqual(IncludePath.resolve("../main.yaml", from: "/q/parts/split.yaml"), "/q/main.yaml")
        XCTAssertEqual(IncludePath.resolve("./a/../b.yaml", from: "main.yaml"), "b.yaml")
        XCTAssertEqual(IncludePath.resolve("/etc/x.yaml", from: "q/main.yaml"), "/etc/x.yaml")
    }

    /// Version 2 of both shipped questionnaires: no first-form `rules` left, and what they share comes from
    /// one file both include, without a warning.
    func testVersionTwoSharesOneIncludedFileAndHasNoFirstFormRules() throws {
        for id in EngineFixtures.shippedIDs {
            let path = "questionnaires/\(id)-v2.yaml"
            let text = try String(contentsOf: EngineFixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            let check = QuestionnaireLoader.check(SourceFile(path: path, text: text), includes: EngineFixtures.readInclude)
            XCTAssertEqual(DiagnosticRenderer.render(check.diagnostics, in: check.files), "", id)
            XCTAssertEqual(check.files.map(\.path), [path, "questionnaires/shared/split-v2.yaml"])
            let questionnaire = try XCTUnwrap(check.questionnaire)
            XCTAssertTrue(questionnaire.areas.allSatisfy { $0.rules.isEmpty }, id)
            XCTAssertEqual(questionnaire.splitPolicy.reasons, .agreeing)
        }
    }
}
