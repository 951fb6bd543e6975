import ArgumentParser
import ReproducibleRandom
import XCTest

@testable import readiness

/// The interview's own reader of its command lines (`InterviewArguments`) against ArgumentParser, which
/// reads every other line and is the reference: whatever the reader takes, ArgumentParser must read as
/// the same interview with the same settings.
final class InterviewArgumentsTests: XCTestCase {
    /// What ArgumentParser makes of a line: the interview's request, or nil for another command or a refusal.
    private func referenceReading(_ arguments: [String]) -> InterviewRequest? {
        guard let command = try? Readiness.parseAsRoot(arguments) else { return nil }
        return (command as? InterviewCommand)?.request ?? (command as? ResumeCommand)?.request
    }

    /// The interview's options as `resume`'s usage line names them: each name, and whether it takes a value.
    private var usageOptions: [(name: String, takesValue: Bool)] {
        let usage = ResumeCommand.usageString()
        let pattern = /\[(--[a-z-]+)( <[a-z]+>)?\]/
        return usage.matches(of: pattern).map { (String($0.output.1), $0.output.2 != nil) }
    }

    /// A value the option accepts.
    private func validValue(for option: String) -> String {
        switch option {
        case "--mode": "self"
        case "--format": "json"
        default: "some value"
        }
    }

    func testTheUsualLinesAreReadHere() throws {
        let cases: [([String], InterviewRequest)] = [
            ([], InterviewRequest()),
            (["interview"], InterviewRequest()),
            (["resume"], InterviewRequest(resume: .some(nil))),
            (["resume", "ab12cd34"], InterviewRequest(resume: .some("ab12cd34"))),
            (["resume", "ab12", "--plain"], InterviewRequest(plain: true, resume: .some("ab12"))),
            (["--questionnaire", "discovery-quick"], InterviewRequest(questionnaireID: "discovery-quick")),
            (
                ["--questionnaire=co-managed-readiness@1", "--mode=self"],
                InterviewRequest(questionnaireID: "co-managed-readiness@1", mode: .self)
            ),
            (
                ["resume", "--no-color", "--ascii", "x1", "--data-dir", "/tmp/a b", "--questionnaires", "q"],
                InterviewRequest(questionnairesFolder: "q", dataDirectory: "/tmp/a b", noColor: true, ascii: true, resume: .some("x1"))
            ),
            (
                ["--plain", "--answers", "file.yaml", "--format", "json", "--organization", "Acme, Inc.", "--assessor", "Dana"],
                InterviewRequest(plain: true, answers: "file.yaml", organization: "Acme, Inc.", assessor: "Dana", format: .json)
            ),
        ]
        for (arguments, expected) in cases {
            XCTAssertEqual(InterviewArguments.request(from: arguments), expected, "\(arguments)")
            XCTAssertEqual(referenceReading(arguments), expected, "ArgumentParser reads \(arguments) otherwise")
        }
    }

    func testEveryInterviewOptionIsReadHere() throws {
        let options = usageOptions
        XCTAssertGreaterThanOrEqual(
            options.count, 11, "the usage line no longer lists the interview's options: \(ResumeCommand.usageString())")
        for option in options {
            for command in [["resume"], ["interview"], []] {
                let arguments = command + (option.takesValue ? [option.name, validValue(for: option.name)] : [option.name])
                XCTAssertNotNil(InterviewArguments.request(from: arguments), "\(arguments) is left to ArgumentParser")
            }
        }
    }

    func testLinesItDoesNotKnowAreLeftToArgumentParser() {
        let lines: [[String]] = [
            ["--help"], ["-h"], ["help"], ["--version"], ["resume", "--help"], ["resume", "-h"], ["list"], ["report", "x"],
            ["resume", "a", "b"], ["interview", "a"], ["resume", "--"], ["resume", "--", "-x"], ["--plain", "--plain"],
            ["--plain=true"], ["--mode", "bogus"], ["--format=xml"], ["--organization"], ["--organization", "--plain"],
            ["--organization", ""], ["--organization="], ["resume", ""], ["resume", "-x"], ["--unknown"], ["-p"],
            ["--mode", "call", "--mode", "self"], ["--generate-completion-script", "bash"], ["--experimental-dump-help"],
        ]
        for arguments in lines {
            XCTAssertNil(InterviewArguments.request(from: arguments), "\(arguments)")
        }
    }

    /// Random lines from the usage line's own options, good and bad values, the commands, stray words
    /// and the things ArgumentParser treats specially: every line the reader takes, ArgumentParser reads
    /// the same, and enough are taken for that to mean something.
    func testWhateverItReadsArgumentParserReadsTheSame() {
        let options = usageOptions
        var words = ["resume", "interview", "list", "help", "x", "ab12", "", "-", "--", "-h", "--help", "--version", "-x", "a=b"]
        for option in options {
            words.append(option.name)
            if option.takesValue {
                words += [
                    "\(option.name)=\(validValue(for: option.name))", "\(option.name)=", "\(option.name)=-v", validValue(for: option.name),
                ]
            } else {
                words.append("\(option.name)=yes")
            }
        }
        words += ["call", "self", "text", "json", "bogus", "--mode=call", "--format=text"]
        var random = SeededGenerator(seed: 0x1a7e_0bed)
        var taken = 0
        for _ in 0..<1000 {
            var arguments: [String] = []
            if random.next(upTo: 3) > 0 { arguments.append(["resume", "interview"][random.next(upTo: 2)]) }
            for _ in 0..<random.next(in: 0...5) {
                // Mostly an option with a good value, which keeps a fair share of lines whole.
                let option = options[random.next(upTo: options.count)]
                if random.next(upTo: 4) > 0 {
                    arguments += option.takesValue ? [option.name, validValue(for: option.name)] : [option.name]
                } else {
                    arguments.append(words[random.next(upTo: words.count)])
                }
            }
            if random.next(upTo: 4) == 0 {
                arguments.insert(words[random.next(upTo: words.count)], at: random.next(upTo: arguments.count + 1))
            }
            guard let read = InterviewArguments.request(from: arguments) else { continue }
            taken += 1
            XCTAssertEqual(referenceReading(arguments), read, "\(arguments)")
        }
        XCTAssertGreaterThan(taken, 250, "too few random lines were whole enough to test the reader")
    }
}
