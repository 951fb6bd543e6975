import Foundation
import FuzzSupport
import ReadinessCore
import ReadinessInterview

/// Bytes as a key storm on the interview: the first byte picks where it starts (bits 0-2: the start screen
/// with or without drafts, a resumed draft, a complete or a read-only assessment), the mode (bit 3), the
/// questionnaires (bits 4-5: mostly the small one with every answer kind, scoring the shipped ones is slow
/// under the sanitizer) and the glyphs (bit 6); the next two a size; the rest are keys, texts, outside outcomes and resizes
/// (see KeyScript). After every event the model must be in a valid state and its frame whole; every
/// save must round-trip through the assessment file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterviewKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var script = KeyScript(Array(UnsafeBufferPointer(start: data, count: size)))
    let choice = Int(script.byte() ?? 0)
    var model = InterviewModel(setup: Scenario.setup(choice), size: script.size())
    let layout = InterviewLayout(glyphs: choice & 0x40 != 0 ? .plainASCII : .unicode)
    var history: [InterviewEvent] = []
    InterviewChecks.check(model, before: nil, layout: layout, effects: model.initialEffects, history: history)
    var events = 0
    while let event = script.next(), events < 400 {
        events += 1
        history.append(event)
        let before = model.session?.assessment
        var effects = model.handle(event)
        // Standing in for the session: a draft picked on the start screen comes back as it was listed.
        for case .openDraft(let id) in effects {
            if let draft = model.setup.drafts.first(where: { $0.id == id }) { effects += model.handle(.draftOpened(draft)) }
        }
        InterviewChecks.check(model, before: before, layout: layout, effects: effects, history: history)
        if effects.contains(where: { if case .quit = $0 { true } else { false } }) { break }
    }
    return 0
}

/// Where a storm starts.
enum Scenario {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Setups already made, by the bits that choose them: making one scores a whole assessment.
    nonisolated(unsafe) private static var made: [Int: InterviewSetup] = [:]

    static func setup(_ choice: Int) -> InterviewSetup {
        let key = choice & 0x3F
        if let setup = made[key] { return setup }
        let setup = make(key)
        made[key] = setup
        return setup
    }

    private static func make(_ choice: Int) -> InterviewSetup {
        let shipped = Shipped.questionnaires
        let questionnaires: [Questionnaire]
        switch (choice >> 4) & 0x3 {
        case 0, 1: questionnaires = [Shipped.everyKind] + shipped
        case 2: questionnaires = [shipped[1], Shipped.everyKind]
        default: questionnaires = shipped
        }
        let main = questionnaires[0]
        let mode: Assessment.Mode = choice & 0x08 != 0 ? .self : .call
        var draft = Assessment(
            id: "draft234", questionnaire: main, organization: "東京 Clinic 👩‍⚕️ " + String(repeating: "Long Name ", count: 12), assessor: "Ana",
            mode: mode, now: now)
        for (offset, question) in main.questions.prefix(main.questions.count / 2).enumerated() {
            if let response = Exercise.answers(main, high: offset % 2 == 0)[question.id] {
                draft.answers[question.id] = AnswerRecord(
                    response: response, note: offset % 3 == 0 ? "Note 東京 " + String(repeating: "word ", count: 60) : nil,
                    flagged: offset % 4 == 0)
            }
        }
        var complete = Assessment(id: "complete", questionnaire: main, organization: "Complete Co", assessor: "", mode: mode, now: now)
        for (id, response) in Exercise.answers(main, high: true) { complete.answers[id] = AnswerRecord(response: response) }
        let result = Scorer(questionnaire: main).score(complete)
        complete.status = result.answeredCount == result.visibleQuestionIDs.count ? .complete : .draft
        let fresh = Assessment(id: "fresh234", questionnaire: main, organization: "", assessor: "", mode: mode, now: now)
        let formats = ["text", "markdown", "html", "json", "pdf"]
        let clock: @Sendable () -> Date = { now }
        switch choice % 8 {
        case 0, 1:
            return InterviewSetup(questionnaires: questionnaires, newID: "new23456", defaultMode: mode, exportFormats: formats, now: clock)
        case 2:
            return InterviewSetup(
                questionnaires: questionnaires, drafts: [draft, complete, fresh], newID: "new23456", defaultMode: mode,
                exportFormats: formats, now: clock)
        case 3:
            return InterviewSetup(
                questionnaires: questionnaires, resume: fresh, newID: "new23456", defaultMode: mode, exportFormats: formats, now: clock)
        case 4, 5:
            return InterviewSetup(
                questionnaires: questionnaires, resume: draft, newID: "new23456", defaultMode: mode, exportFormats: formats, now: clock)
        case 6:
            return InterviewSetup(
                questionnaires: questionnaires, resume: complete, newID: "new23456", defaultMode: mode, exportFormats: formats, now: clock)
        default:
            return InterviewSetup(
                questionnaires: questionnaires, resume: draft, readOnlyReason: "open in process 4242", newID: "new23456", defaultMode: mode,
                exportFormats: formats, now: clock)
        }
    }
}
