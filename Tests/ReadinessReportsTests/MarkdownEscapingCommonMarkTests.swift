import Foundation
import ReproducibleRandom
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// `MarkdownEscaping` is checked by a real CommonMark parser, not by itself: whatever a person types
/// must come out of `cmark-gfm` (GitHub's flavour, with tables, strikethrough and autolinks, the
/// strictest renderer a report meets) as the literal text, in a paragraph and in a table cell.
final class MarkdownEscapingCommonMarkTests: XCTestCase {
    /// Texts aimed at every construct: emphasis, code, links, images, raw HTML, entities, headings,
    /// lists, quotes, thematic breaks, setext underlines, tables, strikethrough, math, autolinks.
    private static let hostile = [
        "*bold* _it_ **strong** __x__ ***both***", "`code` ``two``", "[link](http://x.test) ![img](x.png)",
        "<script>alert(1)</script> <b>b</b> <!-- c -->", "&amp; &#x41; &copy; &", "# heading", "## two",
        "1. first", "1) first", "- item", "+ item", "* item", "> quote", "---", "===", "***", "___",
        "| a | b |", "a | b", "~~strike~~ ~one~", "$x$ $$y$$", "<http://auto.test> https://x.test www.x.test",
        "\\*not\\* \\\\", "a  \ntwo lines\n\nnew paragraph", "    indented code", "[ref]: http://x.test",
        "[x][ref] [ref]", "<div>block</div>", "{curly} [square] (round)", "!", "#", "-", "1.", ":",
        "term\n: definition", "2026-12-03", "100% done!", "C:\\path\\to", "x<y>z", "a_b_c", "snake_case_name",
    ]

    /// Characters that mean something to some Markdown renderer, for random texts. No `@`: GitHub
    /// links a bare email address whatever is escaped, which MarkdownEscaping documents and leaves.
    private static let alphabet = Array("*_`[]()<>!#&;|~-+=:.\\$/{}x1 w".unicodeScalars)

    private var renderer: String!

    override func setUpWithError() throws {
        renderer = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try XCTSkipIf(
            renderer == nil,
            "cmark-gfm is not installed (Debian package cmark-gfm; .ci/run installs it): Markdown escaping is not checked against a real parser"
        )
    }

    func testHostileTextIsLiteralInAParagraph() throws {
        try assertLiteral(Self.hostile, asParagraph: true)
    }

    func testHostileTextIsLiteralInATableCell() throws {
        try assertLiteral(Self.hostile, asParagraph: false)
    }

    func testRandomTextsOfMarkdownCharactersAreLiteral() throws {
        var generator = SeededGenerator(seed: 0x4D44)
        let texts = (0..<400).map { _ in
            String(
                String.UnicodeScalarView(
                    (0..<(1 + generator.next(upTo: 24))).map { _ in
                        Self.alphabet[generator.next(upTo: Self.alphabet.count)]
                    }))
        }
        try assertLiteral(texts, asParagraph: true)
        try assertLiteral(texts, asParagraph: false)
    }

    /// Renders all texts in one document, one per paragraph or one per table row, and compares each
    /// rendered block with the text itself as HTML would show it.
    private func assertLiteral(_ texts: [String], asParagraph: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        let escaped = texts.map(MarkdownEscaping.inline)
        let document =
            asParagraph
            ? escaped.map { $0 + "\n" }.joined(separator: "\n")
            : "| text |\n| --- |\n" + escaped.map { "| \($0) |\n" }.joined()
        let html = try render(document)
        let expected = texts.map { text in
            let literal = htmlText(TerminalText.sanitized(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
            return asParagraph ? "<p>\(literal)</p>" : "<td>\(literal)</td>"
        }
        let blocks = html.split(separator: "\n").map(String.init).filter {
            asParagraph ? $0.hasPrefix("<p>") || !$0.hasPrefix("<") : $0.hasPrefix("<td")
        }
        XCTAssertEqual(blocks.count, texts.count, "one block per text; cmark-gfm rendered:\n\(html.prefix(2000))", file: file, line: line)
        for (index, block) in blocks.enumerated() where index < expected.count && block != expected[index] {
            XCTFail(
                "\(texts[index].debugDescription) escaped as \(escaped[index].debugDescription) renders as \(block), not \(expected[index])",
                file: file, line: line)
        }
    }

    private func render(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer)
        process.arguments = ["--extension", "table", "--extension", "strikethrough", "--extension", "autolink", "--to", "html"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Text as cmark writes it into HTML: the four characters it always escapes.
    private func htmlText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
