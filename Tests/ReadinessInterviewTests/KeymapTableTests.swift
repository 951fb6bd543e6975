import XCTest

@testable import ReadinessInterview

/// The keymap is one table: what the help bar shows must be what the handling does.
final class KeymapTableTests: XCTestCase {
    func testEveryKeyShownInTheHelpBarDoesWhatItSays() {
        for context in KeyContext.allCases {
            for binding in Keymap.helpBar(for: context) {
                let key = binding.keys[0]
                let action = Keymap.action(for: key, in: context)
                if case .chooseNumber = binding.action {
                    XCTAssertEqual(action, .chooseNumber(1), "\(binding.label) in \(context)")
                } else if context == .scaleQuestion, key == .left || key == .right {
                    XCTAssertTrue(action == .increase || action == .decrease, "\(binding.label) in \(context)")
                } else {
                    XCTAssertEqual(action, binding.action, "\(binding.label) in \(context) does something else")
                }
            }
        }
    }

    func testHelpIsInEveryHelpBarThatHasRoomForKeys() {
        for context in KeyContext.allCases where ![.editor, .confirm, .unsavedQuit, .start, .export, .help].contains(context) {
            XCTAssertTrue(Keymap.helpBar(for: context).contains { $0.action == .help }, "no help in the help bar of \(context)")
        }
    }

    func testLeftAndRightMoveTheScaleInsteadOfChangingQuestion() {
        XCTAssertEqual(Keymap.action(for: .left, in: .scaleQuestion), .decrease)
        XCTAssertEqual(Keymap.action(for: .right, in: .scaleQuestion), .increase)
        XCTAssertEqual(Keymap.action(for: .right, in: .choiceQuestion), .nextQuestion)
        XCTAssertEqual(Keymap.action(for: .left, in: .choiceQuestion), .previousQuestion)
    }

    func testEscapeNeverQuits() {
        for context in KeyContext.allCases {
            XCTAssertNotEqual(Keymap.action(for: .escape, in: context), .quit, "Esc quits in \(context)")
        }
    }

    func testNothingIsReachableOnlyThroughAFunctionKey() {
        for binding in Keymap.bindings where binding.keys.contains(.f1) {
            let others = Keymap.bindings.filter { $0.action == binding.action && $0.keys.contains { $0 != .f1 } }
            XCTAssertFalse(others.isEmpty, "\(binding.summary) is only on F1")
        }
    }
}
