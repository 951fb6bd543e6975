import ReproducibleRandom
import XCTest

@testable import ReadinessCore
@testable import ReadinessInterview

/// The note editor over a question, and the text field under every typed value.
final class NoteEditorTests: XCTestCase {
    func testNOpensTheNoteEditorAndEnterSavesTheNote() {
        let harness = InterviewHarness.started()
        XCTAssertEqual(harness.press(.character("n")), [])
        XCTAssertEqual(harness.editor?.questionID, "it-team")
        XCTAssertEqual(harness.editor?.purpose, .note)
        XCTAssertEqual(harness.editor?.field, TextField(""))
        harness.type("Call Zoë back; she runs 東京 office 🙂")
        XCTAssertEqual(harness.questionID, "it-team", "letters in the editor are text, not commands")
        let effects = harness.press(.enter)
        XCTAssertEqual(effects.count, 1)
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(note: "Call Zoë back; she runs 東京 office 🙂"))
        XCTAssertNil(harness.model.overlay)
        XCTAssertEqual(harness.questionID, "it-team", "a note does not move on")
        XCTAssertMessage(harness, contains: "Note saved", isError: false)
    }

    func testEditingKeysCtrlAEUW() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("backups are fine")
        harness.press(.control("a"))
        XCTAssertEqual(harness.editor?.field.cursor, 0)
        harness.type("» ")
        XCTAssertEqual(harness.editor?.field.text, "» backups are fine")
        harness.press(.control("e"))
        XCTAssertEqual(harness.editor?.field.cursor, harness.editor?.field.characters.count)
        harness.type(" maybe")
        harness.press(.control("w"))
        XCTAssertEqual(harness.editor?.field.text, "» backups are fine ")
        harness.press(.control("w"))
        XCTAssertEqual(harness.editor?.field.text, "» backups are ", "Ctrl-W takes the word and the spaces after it")
        harness.press(.left, .left, .left, .left)
        harness.press(.control("u"))
        XCTAssertEqual(harness.editor?.field.text, "are ", "Ctrl-U clears up to the cursor")
        XCTAssertEqual(harness.editor?.field.cursor, 0)
        harness.press(.end, .backspace)
        harness.press(.home, .delete)
        XCTAssertEqual(harness.editor?.field.text, "re")
        XCTAssertEqual(harness.effects, [], "nothing is saved while typing")
    }

    func testBackspaceRemovesAWholeEmoji() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("ok 👩‍👩‍👧")
        XCTAssertEqual(harness.editor?.field.characters.count, 4)
        harness.press(.backspace)
        XCTAssertEqual(harness.editor?.field.text, "ok ")
        // A skin tone typed after a thumb joins it into one character, and goes with it.
        harness.press(.character("👍"), .character("🏽"))
        XCTAssertEqual(harness.editor?.field.text, "ok 👍🏽")
        XCTAssertEqual(harness.editor?.field.characters.count, 4)
        harness.press(.backspace)
        XCTAssertEqual(harness.editor?.field.text, "ok ")
    }

    func testBackspaceRemovesACombiningSequenceWhole() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("Jose")
        harness.press(.character("\u{0301}"))
        XCTAssertEqual(harness.editor?.field.text, "Jos\u{0065}\u{0301}")
        XCTAssertEqual(harness.editor?.field.characters.count, 4, "e and the accent are one character")
        XCTAssertEqual(harness.editor?.field.cursor, 4)
        harness.press(.backspace)
        XCTAssertEqual(harness.editor?.field.text, "Jos")
        // A Hangul syllable and a flag, each one character.
        harness.type("한🇨🇭")
        harness.press(.left)
        XCTAssertEqual(harness.editor?.field.cursor, 4)
        harness.press(.backspace)
        XCTAssertEqual(harness.editor?.field.text, "Jos🇨🇭")
    }

    func testEscCancelsWithoutSaving() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("first note")
        harness.press(.enter)
        harness.clearEffects()
        harness.press(.character("n"))
        XCTAssertEqual(harness.editor?.field.text, "first note", "the editor opens on the saved note")
        harness.press(.control("u"))
        harness.type("something else")
        XCTAssertEqual(harness.press(.escape), [])
        XCTAssertEqual(harness.model.keyContext, .confirm, "Esc on typed text asks before discarding it")
        XCTAssertTrue(InterviewLayout().render(harness.model).text.contains("Discard what you typed?"))
        XCTAssertEqual(harness.press(.character("n")), [])
        XCTAssertEqual(harness.editor?.field.text, "something else", "n goes back to the text")
        XCTAssertEqual(harness.model.keyContext, .editor)
        harness.press(.escape)
        XCTAssertEqual(harness.press(.character("y")), [])
        XCTAssertNil(harness.model.overlay)
        XCTAssertEqual(harness.record("it-team")?.note, "first note")
        XCTAssertMessage(harness, contains: "Note not changed", isError: false)
        XCTAssertEqual(harness.effects, [])
    }

    func testEscWithNothingNewTypedClosesAtOnce() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("first")
        harness.press(.enter)
        harness.press(.character("n"))
        harness.press(.escape)
        XCTAssertNil(harness.model.overlay, "the saved note unchanged: nothing to lose")
        harness.press(.character("n"), .control("u"), .escape)
        XCTAssertNil(harness.model.overlay, "cleared but not saved: the saved note stays, nothing typed is lost")
        XCTAssertEqual(harness.record("it-team")?.note, "first")
    }

    func testClearingANoteRemovesIt() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("temporary")
        harness.press(.enter)
        harness.press(.character("n"), .control("u"), .enter)
        XCTAssertNil(harness.saves.last?.answers["it-team"], "a record with nothing left is dropped")
        XCTAssertMessage(harness, contains: "Note removed", isError: false)
    }

    func testANoteKeepsTheAnswerAndTheAnswerKeepsTheNote() {
        let harness = InterviewHarness.started()
        harness.press(.character("2"))
        harness.press(.character("["), .character("n"))
        harness.type("only on weekdays")
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(response: .choice("solo"), note: "only on weekdays"))
        harness.press(.character("d"))
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(response: .unknown, note: "only on weekdays"))
    }

    func testEnterInTheNoteEditorOnANumberQuestionSavesTheNoteNotTheNumber() {
        let harness = InterviewHarness.started()
        harness.skip(to: "sites")
        harness.press(.character("n"))
        harness.type("two more next year")
        harness.press(.enter)
        XCTAssertEqual(harness.saves.last?.answers["sites"], AnswerRecord(note: "two more next year"))
        XCTAssertEqual(harness.questionID, "sites")
        XCTAssertEqual(harness.focus?.number.text, "", "nothing typed into the number")
    }

    /// Ctrl-C while a note is being written: the note is kept (saved) and the exit notes say so.
    func testCtrlCInTheEditorSavesTheNoteBeingTypedAndInterrupts() {
        let harness = InterviewHarness.started()
        harness.press(.character("n"))
        harness.type("half a thought")
        let effects = harness.press(.control("c"))
        XCTAssertEqual(effects.last, .quit(.interrupted))
        XCTAssertEqual(harness.saves.last?.answers["it-team"], AnswerRecord(note: "half a thought"))
        XCTAssertEqual(harness.model.exitNotes, ["The note being typed for 'Internal IT team' was saved."])
    }
}

/// The text field by itself: graphemes, limits and wrapping.
final class TextFieldTests: XCTestCase {
    func testDropsControlCharactersAndStopsAtTheLimit() {
        var field = TextField("", limit: 5)
        field.insert("a\u{7}b\tc\u{1B}")
        XCTAssertEqual(field.text, "abc")
        field.insert("defg")
        XCTAssertEqual(field.text, "abcde")
        XCTAssertEqual(field.cursor, 5)
        XCTAssertEqual(TextField("123456789", limit: 4).text, "1234")
    }

    func testCtrlKClearsToTheEnd() {
        var field = TextField("hello world")
        for _ in 0..<6 { field.handle(.left) }
        field.handle(.control("k"))
        XCTAssertEqual(field.text, "hello")
        XCTAssertFalse(field.handle(.tab), "Tab is not an editing key")
        XCTAssertFalse(field.handle(.escape))
    }

    func testWrapsCJKAtTwoColumnsEach() {
        let field = TextField("東京の事務所は三階です")
        let wrapped = field.wrapped(width: 8)
        XCTAssertEqual(wrapped.lines, ["東京の事", "務所は三", "階です"])
        XCTAssertEqual(wrapped.cursorLine, 2)
        XCTAssertEqual(wrapped.cursorColumn, 6)
    }

    func testWrapsAtSpacesAndPutsTheCursorOnTheRightLine() {
        var field = TextField("one two three four")
        for _ in 0..<6 { field.handle(.left) }
        let wrapped = field.wrapped(width: 9)
        XCTAssertEqual(wrapped.lines, ["one two ", "three ", "four"])
        XCTAssertEqual(wrapped.cursorLine, 1)
        XCTAssertEqual(wrapped.cursorColumn, 4, "the cursor sits on the second e of 'three'")
    }

    func testACursorAtTheEndOfAFullLineGoesToTheNextLine() {
        let wrapped = TextField("abcd").wrapped(width: 4)
        XCTAssertEqual(wrapped.lines, ["abcd", ""])
        XCTAssertEqual(wrapped.cursorLine, 1)
        XCTAssertEqual(wrapped.cursorColumn, 0)
    }

    /// For many random texts and widths: nothing is lost, no line is wider than the width, and the
    /// cursor is inside the box.
    func testWrappingPropertiesOverRandomText() {
        var random = SeededGenerator(seed: 0x5EED_7E57)
        let pieces = ["a", "bc", "word", " ", " ", "  ", "東", "京都", "👩‍👩‍👧", "👍🏽", "é", "e\u{301}", "🇨🇭", "한", "x", "longerwordthanthebox"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<random.next(upTo: 30) { text += pieces[random.next(upTo: pieces.count)] }
            var field = TextField(text)
            for _ in 0..<random.next(upTo: field.characters.count + 1) { field.handle(.left) }
            let width = 2 + random.next(upTo: 40)
            let wrapped = field.wrapped(width: width)
            XCTAssertEqual(wrapped.lines.joined(), field.text, "wrapping \(text.debugDescription) at \(width) lost text")
            for line in wrapped.lines where line.count > 1 {
                // Only a single character wider than the box (an emoji sequence in a tiny box) may overflow.
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(line.debugDescription) is wider than \(width)")
            }
            XCTAssertTrue(wrapped.lines.indices.contains(wrapped.cursorLine), "cursor line \(wrapped.cursorLine) of \(wrapped.lines.count)")
            XCTAssertLessThan(wrapped.cursorColumn, width, "cursor column past the box for \(text.debugDescription) at \(width)")
            let before = String(field.characters.prefix(field.cursor))
            let columnsBefore = DisplayWidth.of(wrapped.lines.prefix(wrapped.cursorLine).joined())
            XCTAssertEqual(
                columnsBefore + wrapped.cursorColumn, DisplayWidth.of(before),
                "cursor in the wrong place for \(text.debugDescription) at \(width)")
        }
    }
}
