import ReproducibleRandom
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// Random key sequences at random sizes (seeded, so every run tries the same ones): the model never traps,
/// and every rendered frame is whole: width x height cells, wide characters intact, the cursor inside.
final class LayoutPropertyTests: XCTestCase {
    private static let keys: [Key] = {
        var keys: [Key] = [
            .enter, .escape, .backspace, .delete, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .f1,
            .control("a"), .control("e"), .control("u"), .control("w"), .control("k"), .control("l"), .control("c"), .space,
        ]
        keys += "0123456789dxsnfrqyeb?[]kjpaw-,".map { Key.character($0) }
        keys += ["東", "京", "👩‍💻", "👍🏽", "é", "\u{301}", "Z", "ü", "한", "🇨🇭"].map { Key.character(Character($0)) }
        return keys
    }()

    /// Starting points, so random keys reach every screen: the start screen (with and without drafts), a
    /// started interview, a draft with answers, and the results.
    private static func startingPoint(_ index: Int, size: ScreenSize) -> InterviewModel {
        let draft = TestQuestionnaire.assessment(
            organization: "東京 Clinic 👩‍⚕️",
            answers: [
                "it-team": AnswerRecord(
                    response: .choice("solo"), note: "東京の事務所は三階です。" + String(repeating: "long note ", count: 30), flagged: true),
                "sites": AnswerRecord(response: .number(3)),
                "anything-else": AnswerRecord(response: .text("全部で三つの拠点があります 👍🏽 " + String(repeating: "text ", count: 40))),
            ])
        let complete = TestQuestionnaire.assessment(
            answers: [
                "it-team": AnswerRecord(response: .choice("team")), "sites": AnswerRecord(response: .number(1)),
                "pain-points": AnswerRecord(response: .choices(["firefighting", "docs"])),
                "backups": AnswerRecord(response: .choice("never")),
                "anything-else": AnswerRecord(response: .notApplicable),
            ], status: .complete)
        let setup: InterviewSetup
        switch index % 5 {
        case 0: setup = TestQuestionnaire.setup()
        case 1: setup = TestQuestionnaire.setup(drafts: [draft, complete])
        case 2: setup = TestQuestionnaire.setup(resume: TestQuestionnaire.assessment(mode: .self))
        case 3: setup = TestQuestionnaire.setup(resume: draft)
        default: setup = TestQuestionnaire.setup(resume: complete, defaultMode: .self)
        }
        return InterviewModel(setup: setup, size: size)
    }

    private static func randomSize(_ random: inout SeededGenerator) -> ScreenSize {
        switch random.next(upTo: 4) {
        case 0: return ScreenSize(width: random.next(in: 1...300), height: random.next(in: 1...100))
        case 1: return ScreenSize(width: random.next(in: 60...130), height: random.next(in: 15...45))
        case 2: return ScreenSize(width: random.next(in: 64...70), height: random.next(in: 18...20))
        default:
            return [
                ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40), .minimum, ScreenSize(width: 300, height: 100),
                ScreenSize(width: 1, height: 1),
            ][random.next(upTo: 5)]
        }
    }

    func testRandomKeysAtRandomSizesAlwaysRenderWholeFrames() {
        var random = SeededGenerator(seed: 20_260_314)
        var screensSeen = Set<String>()
        var failures = 0
        for sequence in 0..<150 {
            var model = Self.startingPoint(sequence, size: Self.randomSize(&random))
            var history: [String] = ["start \(sequence % 5) at \(model.size)"]
            for step in 0..<60 {
                let event: InterviewEvent
                switch random.next(upTo: 20) {
                case 0: event = .resize(Self.randomSize(&random))
                case 1: event = .text(["Acme", "東京 12", "3\n", "x y"][random.next(upTo: 4)])
                case 2:
                    event =
                        [
                            .saveFailed("disk full"), .exportTargetExists("out.txt"), .exportFinished("Wrote out.txt"),
                            .exportFailed("no room"),
                        ][random.next(upTo: 4)]
                default: event = .key(Self.keys[random.next(upTo: Self.keys.count)])
                }
                history.append("\(event)")
                _ = model.handle(event)
                screensSeen.insert(
                    String("\(model.screen)".prefix(while: { $0 != "(" }))
                        + (model.overlay.map { " + " + String("\($0)".prefix(while: { $0 != "(" })) } ?? ""))
                let glyphs = step % 2 == 0 ? Glyphs.unicode : Glyphs.plainASCII
                let frame = InterviewLayout(glyphs: glyphs).render(model)
                let before = failures
                failures += Self.problems(in: frame, size: model.size).isEmpty ? 0 : 1
                if failures > before {
                    XCTFail(
                        "frame \(step) of sequence \(sequence) is broken: \(Self.problems(in: frame, size: model.size).joined(separator: "; "))\nevents: \(history.suffix(12).joined(separator: ", "))\n\(frame.text)"
                    )
                    if failures > 5 { return }
                    break
                }
            }
        }
        // The sequences must reach the screens they are meant to exercise.
        for expected in ["start", "question", "review", "results", "export", "whatIf", "question + editor", "question + help"] {
            XCTAssertTrue(screensSeen.contains(expected), "no random sequence reached \(expected): \(screensSeen.sorted())")
        }
    }

    /// What is wrong with a frame, if anything.
    static func problems(in frame: Frame, size: ScreenSize) -> [String] {
        var problems: [String] = []
        if frame.size != size { problems.append("size \(frame.size), expected \(size)") }
        return problems + frame.problems
    }

    func testEverySizeFromTinyToHugeRendersEveryScene() {
        let scenes = [
            Scenes.start(), Scenes.singleChoiceCall(), Scenes.review(), Scenes.results(), Scenes.help(), Scenes.noteEditorCJK(),
            Scenes.export(), Scenes.confirmChange(),
        ]
        var random = SeededGenerator(seed: 64_18)
        for harness in scenes {
            for _ in 0..<40 {
                let size = ScreenSize(width: random.next(in: 1...300), height: random.next(in: 1...100))
                harness.send(.resize(size))
                for glyphs in [Glyphs.unicode, Glyphs.plainASCII] {
                    let problems = Self.problems(in: harness.render(glyphs), size: size)
                    XCTAssertEqual(problems, [], "\(harness.model.screen) at \(size)")
                }
            }
        }
    }
}
