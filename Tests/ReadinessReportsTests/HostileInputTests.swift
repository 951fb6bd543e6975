import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// Everything a person typed comes out inert in every format: no markup, no links, no escape sequences,
/// no disguised text. Each hostile string goes in as the organization, the assessor, a note and a
/// free-text answer at once.
final class HostileInputTests: XCTestCase {
    static let hostile: [String] = [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "</style><style>body{display:none}</style>",
        "a | b || c\n| --- |",
        "**bold** _em_ `code` ~~gone~~ # heading $x^2$",
        "[click me](javascript:alert(1)) ![img](http://evil.example/x.png) <http://evil.example>",
        "visit https://evil.example or www.evil.example or mail bob@evil.example",
        "1. not a list\n- nor this\n> nor a quote\n    nor code",
        "<!-- comment --> &lt;entity&gt; &amp;",
        "\u{1B}[31mred\u{1B}[0m \u{1B}]8;;http://evil.example\u{07}link\u{1B}]8;;\u{07} \u{1B}]0;title\u{07}",
        "\u{9B}31mC1 CSI\u{9B}0m \u{7}bell \u{8}backspace\rreturn",
        "invoice\u{202E}fdp.exe \u{2066}isolate\u{2069} \u{200F}",
        "line one\nline two\r\nline three\u{2028}four",
    ]

    /// An assessment whose every typed field is `text`.
    private func assessment(typing text: String, questionnaire: Questionnaire) -> Assessment {
        Assessment(
            id: "hostile1", questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            organization: text, assessor: text, mode: .call,
            created: Date(timeIntervalSince1970: 1_773_000_000), updated: Date(timeIntervalSince1970: 1_773_000_000),
            status: .complete,
            answers: [
                "internal-it": AnswerRecord(response: .choice("solo"), note: text),
                "sites": AnswerRecord(response: .number(3)),
                "after-hours": AnswerRecord(response: .choice("nobody"), note: text),
                "restore-tested": AnswerRecord(response: .unknown, note: text),
                "biggest-worry": AnswerRecord(response: .text(text)),
            ])
    }

    private func reports(options: Report.Options = Report.Options()) throws -> [(String, Report)] {
        let questionnaire = try ReportFixtures.questionnaire()
        return Self.hostile.map { text in
            (
                text,
                ReportFixtures.report(
                    for: assessment(typing: text, questionnaire: questionnaire), questionnaire: questionnaire, options: options)
            )
        }
    }

    // MARK: - HTML

    func testHTMLHasOnlyItsOwnTagsAndNoEventHandlers() throws {
        let allowed: Set<String> = [
            "html", "head", "meta", "title", "style", "body", "main", "header", "section", "footer", "div", "p", "span",
            "bdi", "br", "h1", "h2", "h3", "ul", "ol", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
            "dl", "dt", "dd", "strong", "svg", "desc", "line", "rect", "path", "text",
        ]
        for (typed, report) in try reports() {
            let html = HTMLReportRenderer.render(report)
            let tags = html.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/)
            for tag in tags {
                let name = String(tag.output.1).lowercased()
                XCTAssertTrue(allowed.contains(name), "tag <\(name)> from \(typed.debugDescription)")
                XCTAssertNil(String(tag.output.2).firstMatch(of: /(?i)\son[a-z]+\s*=/), "event handler in \(tag.output.0)")
                XCTAssertFalse(String(tag.output.2).lowercased().contains("javascript:"), "script URL in \(tag.output.0)")
            }
            XCTAssertFalse(html.lowercased().contains("<script"))
            XCTAssertFalse(html.lowercased().contains("<img"))
            XCTAssertFalse(html.contains("<!-- comment"))
            XCTAssertTrue(html.contains("default-src 'none'"), "the Content-Security-Policy forbids scripts and fetches")
            assertNoControlsOrOverrides(html, typed: typed)
        }
    }

    func testHTMLShowsTheTypedTextEscaped() throws {
        let questionnaire = try ReportFixtures.questionnaire()
        let report = ReportFixtures.report(
            for: assessment(typing: "\"><img onerror=alert(1)> & 'x'", questionnaire: questionnaire), questionnaire: questionnaire)
        let html = HTMLReportRenderer.render(report)
        XCTAssertTrue(html.contains("<h1><bdi>&quot;&gt;&lt;img onerror=alert(1)&gt; &amp; &#39;x&#39;</bdi></h1>"))
        // In the running header the organization is a CSS string: every quote, bracket and backslash is a
        // hex escape, so it cannot end the string, the rule or the style element.
        let header = try XCTUnwrap(html.firstMatch(of: /@top-left \{ content: "([^"]*)";/)?.output.1)
        // The name is between the isolates U+2068 and U+2069, escaped after the name's own characters were.
        XCTAssertEqual(
            String(header),
            CSSEscaping.string("Co-managed IT readiness summary: ") + "\\2068 " + CSSEscaping.string("\"><img onerror=alert(1)> & 'x'")
                + "\\2069 " + CSSEscaping.string(", \(report.dateLabel)"))
        XCTAssertTrue(header.contains("\\22 \\3e \\3c img onerror\\3d alert\\28 1\\29 \\3e  \\26  \\27 x\\27 "), String(header))
    }

    func testEscapersHandleAttributesAndCSS() {
        XCTAssertEqual(HTMLEscaping.escape("a\"b'c<d>e&f"), "a&quot;b&#39;c&lt;d&gt;e&amp;f")
        XCTAssertEqual(HTMLEscaping.escape("say \"hi\" onclick='x'"), "say &quot;hi&quot; onclick=&#39;x&#39;", "safe inside either quote")
        XCTAssertEqual(CSSEscaping.string("a\"b\\c</style>"), "a\\22 b\\5c c\\3c \\2f style\\3e ")
        XCTAssertEqual(CSSEscaping.string("x\ny"), "x y", "a line break cannot end the string")
    }

    // MARK: - Markdown

    func testMarkdownEscapesEverythingThatCouldRender() {
        XCTAssertEqual(MarkdownEscaping.inline("a | b"), "a \\| b")
        XCTAssertEqual(MarkdownEscaping.inline("**x** _y_ `z`"), "\\*\\*x\\*\\* \\_y\\_ \\`z\\`")
        XCTAssertEqual(MarkdownEscaping.inline("[t](javascript:alert(1))"), "\\[t\\](javascript:alert(1))")
        XCTAssertEqual(MarkdownEscaping.inline("![i](x.png)"), "\\!\\[i\\](x.png)")
        XCTAssertEqual(MarkdownEscaping.inline("<b>&amp;"), "\\<b\\>\\&amp;")
        XCTAssertEqual(MarkdownEscaping.inline("see https://evil.example"), "see https\\://evil.example")
        XCTAssertEqual(MarkdownEscaping.inline("www.evil.example"), "www\\.evil.example")
        XCTAssertEqual(MarkdownEscaping.inline("1. not a list"), "1\\. not a list")
        XCTAssertEqual(MarkdownEscaping.inline("- no\n# heading\n> quote"), "\\- no \\# heading \\> quote")
        XCTAssertEqual(MarkdownEscaping.inline("  indented code"), "indented code")
        XCTAssertEqual(MarkdownEscaping.inline("math $x$ and \\"), "math \\$x\\$ and \\\\")
        XCTAssertEqual(MarkdownEscaping.inline("Acme, Inc. 2.0"), "Acme, Inc. 2.0", "ordinary punctuation stays readable")
    }

    func testMarkdownKeepsTablesWholeAndTypedTextEscaped() throws {
        for (typed, report) in try reports() {
            let markdown = MarkdownReportRenderer.render(report)
            var columns: Int?
            for line in markdown.split(separator: "\n") {
                guard line.hasPrefix("|") else {
                    columns = nil
                    continue
                }
                let cells = Self.unescapedPipes(in: line)
                if let columns {
                    XCTAssertEqual(cells, columns, "table row broken by \(typed.debugDescription): \(line)")
                } else {
                    columns = cells
                }
            }
            XCTAssertTrue(markdown.contains(MarkdownEscaping.inline(typed)), "typed text escaped: \(typed.debugDescription)")
            for raw in ["<script", "<img", "<!--", "](javascript", "**bold**", "<http", "`code`", "https://", "www.evil"] {
                XCTAssertFalse(Self.containsUnescaped(markdown, raw), "\(raw) came through from \(typed.debugDescription)")
            }
            assertNoControlsOrOverrides(markdown, typed: typed)
        }
    }

    // MARK: - Text

    func testTextHasNoEscapeSequencesAndFitsEightyColumns() throws {
        for (typed, report) in try reports() {
            for ascii in [false, true] {
                let text = TextReportRenderer.render(report, ascii: ascii)
                assertNoControlsOrOverrides(text, typed: typed)
                for line in text.split(separator: "\n") {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, "too wide: \(line)")
                }
                if ascii { XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII)) }
            }
        }
    }

    // MARK: - JSON

    func testJSONKeepsTheTypedTextExactlyButPrintsItInert() throws {
        for (typed, report) in try reports(options: Report.Options(audience: .internal)) {
            let json = JSONReportRenderer.render(report)
            assertNoControlsOrOverrides(json, typed: typed)
            assertMatchesReportSchema(json, typed.debugDescription)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let assessment = try XCTUnwrap(object["assessment"] as? [String: Any])
            XCTAssertEqual(assessment["organization"] as? String, typed, "JSON is the full result, for programs")
            let notes = try XCTUnwrap(object["notes"] as? [[String: Any]])
            XCTAssertEqual(notes.first?["note"] as? String, typed)
        }
    }

    // MARK: - Redaction

    func testRedactedReportsHoldNothingTyped() throws {
        for (typed, report) in try reports(options: Report.Options(redact: true)) {
            let outputs = [
                TextReportRenderer.render(report), MarkdownReportRenderer.render(report),
                HTMLReportRenderer.render(report), JSONReportRenderer.render(report),
            ]
            for output in outputs {
                for fragment in [
                    "alert(", "evil.example", "onerror", "onmouseover", "invoice", "line two", "comment -->", "not a list", "heading $x",
                ] where typed.contains(fragment) {
                    XCTAssertFalse(output.contains(fragment), "\(fragment) leaked through --redact")
                }
                XCTAssertFalse(output.contains("hostile1"), "the assessment id leaked through --redact")
            }
        }
    }

    // MARK: - Helpers

    /// No C0 or C1 control except line feed, and no bidirectional override or isolate, anywhere.
    private func assertNoControlsOrOverrides(_ output: String, typed: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = output.unicodeScalars.first { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2067).contains(value) || value == 0x2028
        }
        XCTAssertNil(bad, "U+\(String(bad?.value ?? 0, radix: 16)) from \(typed.debugDescription)", file: file, line: line)
        // The only isolates are the program's own around a name: an opening one, then its closing one, never nested,
        // never left open (typed isolates are shown as `<U+2068>`).
        let isolates = output.unicodeScalars.filter { $0.value == 0x2068 || $0.value == 0x2069 }.map(\.value)
        let paired = stride(from: 0, to: isolates.count, by: 2).allSatisfy { index in
            isolates[index] == 0x2068 && index + 1 < isolates.count && isolates[index + 1] == 0x2069
        }
        XCTAssertTrue(paired, "unbalanced isolates \(isolates) from \(typed.debugDescription)", file: file, line: line)
    }

    /// Whether `fragment` occurs in Markdown as is, rather than only with its first character or its
    /// trigger (`:` of a URL, `.` after `www`, the `@` of an address) escaped.
    private static func containsUnescaped(_ markdown: String, _ fragment: String) -> Bool {
        markdown.ranges(of: fragment).contains { range in
            range.lowerBound == markdown.startIndex || markdown[markdown.index(before: range.lowerBound)] != "\\"
        }
    }

    /// The pipes in a table row that are not escaped with a backslash.
    private static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }
}
