import Foundation
import XCTest

@testable import ReadinessCore

/// Answers the interview on screen from a plan: finds the question by its title, sends the keys that
/// give the planned response, and waits for the screen to move on.
struct InterviewDriver {
    let session: TmuxSession
    let questionnaire: Questionnaire

    /// Loads a shipped questionnaire from the repository: its newest version, the one the binary starts a
    /// new assessment with (`<id>.yaml` is version 1, `<id>-v2.yaml` version 2, and so on).
    static func shippedQuestionnaire(_ id: String) throws -> Questionnaire {
        let folder = ReadinessBinary.repository.appendingPathComponent("questionnaires")
        var version = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(id)-v\(version + 1).yaml").path) { version += 1 }
        let path = folder.appendingPathComponent(version == 1 ? "\(id).yaml" : "\(id)-v\(version).yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try QuestionnaireLoader.load(SourceFile(path: path, text: text)) { included, from in
            let resolved = IncludePath.resolve(included, from: from.path)
            return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
        }
    }

    /// The question whose numbered title ("3. Sites") is on screen, if any.
    func questionOnScreen(_ screen: String) -> Question? {
        let lines = screen.split(separator: "\n").map(String.init)
        for line in lines.prefix(8) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let dot = trimmed.firstIndex(of: "."), Int(trimmed[..<dot]) != nil else { continue }
            var title = String(trimmed[trimmed.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
            if let cut = title.range(of: "  ") { title = String(title[..<cut.lowerBound]) }
            let candidate = title.components(separatedBy: " │").first?.trimmingCharacters(in: .whitespaces) ?? title
            if let question = questionnaire.questions.first(where: { $0.title == candidate }) { return question }
        }
        return nil
    }

    /// Sends the keys for a response to the question on screen.
    func answer(_ question: Question, with response: Response) throws {
        switch (question.kind, response) {
        case (.single(let options), .choice(let id)):
            let index = options.firstIndex { $0.id == id }!
            try session.press(String(index + 1))
        case (.multiple(let options), .choices(let ids)):
            for id in ids { try session.press(String(options.firstIndex { $0.id == id }! + 1)) }
            try session.press("Enter")
        case (.scale, .scale(let value)):
            try session.press(String(value))
        case (.number, .number(let value)):
            try session.type(String(value))
            try session.press("Enter")
        case (.text, .text(let text)):
            try session.press("Enter")
            try session.waitFor(text: "Answer: \(question.title)")
            try session.type(text)
            try session.press("Enter")
        case (_, .unknown):
            try session.press("d")
        case (_, .notApplicable):
            try session.press("x")
        default:
            XCTFail("cannot send \(response) to \(question.id)")
        }
    }

    /// Answers every question shown until the results appear; returns the responses given by id.
    @discardableResult
    func answerAll(_ plan: (Question) -> Response) throws -> [String: Response] {
        var given: [String: Response] = [:]
        for _ in 0..<(questionnaire.questions.count + 5) {
            let screen = try session.waitFor("a question or the results") { questionOnScreen($0) != nil || $0.contains("SIGNALS") }
            if screen.contains("SIGNALS") { return given }
            guard let question = questionOnScreen(screen) else { continue }
            let response = plan(question)
            given[question.id] = response
            try answer(question, with: response)
            try session.waitFor("the next screen after \(question.id)") { next in
                next.contains("SIGNALS") || questionOnScreen(next)?.id != question.id
            }
        }
        XCTFail("the results never appeared")
        return given
    }
}
