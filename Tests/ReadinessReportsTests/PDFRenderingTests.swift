import Foundation
import XCTest

@testable import ReadinessCore
@testable import ReadinessReports

/// The PDF route: with a real headless browser when one is installed (skipped, saying so, when not), and
/// with stand-in browsers for the failures a real one is hard to provoke.
final class PDFRenderingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - A real browser

    func testRealBrowserPrintsTheSummaryOnLetterAndA4() throws {
        let renderer = try PDFTools.browser()
        let report = try ReportFixtures.report("harbor-dental")
        for (paper, mediaBox) in [(Paper.letter, "612 792"), (.a4, "594.95996 841.91998")] {
            let bytes = try renderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper))
            XCTAssertTrue(ChromiumPDFRenderer.isCompletePDF(bytes))
            let raw = String(decoding: bytes, as: UTF8.self)
            XCTAssertTrue(raw.contains("/MediaBox [0 0 \(mediaBox)]"), "\(paper) pages")
            try assertPrintedLayout(bytes, report: report, paper: paper)
        }
    }

    /// The document information names the report, its sender and this program, never the browser.
    func testThePDFsInformationNamesTheReportTheSenderAndThisProgram() throws {
        let renderer = try PDFTools.browser()
        let pdfinfo = try PDFTools.poppler("pdfinfo")
        let sender = Sender(name: "Northbridge IT Partners (Ünïcode) \\ ) <x>", contact: "Jo Park")
        let report = try ReportFixtures.report("harbor-dental", options: Report.Options(sender: sender))
        let bytes = try ReportRendering(pdfRenderer: renderer).render(report, as: .pdf)
        XCTAssertTrue(ChromiumPDFRenderer.isCompletePDF(bytes))
        let pdf = folder.appendingPathComponent("info.pdf")
        try Data(bytes).write(to: pdf)
        let info = try PDFTools.run(pdfinfo, [pdf.path])
        let fields = Dictionary(
            info.split(separator: "\n").compactMap { line -> (String, String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }, uniquingKeysWith: { first, _ in first })
        // The organization between isolates, so that a right-to-left name leaves the date as it is in a viewer's title bar.
        XCTAssertEqual(fields["Title"], "Co-managed IT readiness summary: \u{2068}Harbor Dental Group\u{2069}, 2026-03-10")
        XCTAssertEqual(fields["Author"], "Northbridge IT Partners (Ünïcode) \\ ) <x>")
        XCTAssertEqual(fields["Creator"], "\(ProgramIdentity.name) \(ProgramIdentity.version)")
        XCTAssertEqual(fields["Producer"], "\(ProgramIdentity.name) \(ProgramIdentity.version)")
        XCTAssertEqual(fields["Pages"], "3", "the update leaves the pages as they were (harbor-dental prints in three)")
        XCTAssertNotNil(fields["CreationDate"], "the browser's date is kept")
    }

    func testAnythingButAClassicTrailerIsLeftAsItIs() {
        let info = PDFDocumentInfo(title: "t", author: nil)
        for bytes in [Array("%PDF-1.7\nno trailer here\n%%EOF\n".utf8), [], Array("trailer startxref 99999999 %%EOF".utf8)] {
            XCTAssertEqual(info.applied(to: bytes), bytes)
        }
    }

    /// With `pdftotext` at hand: page one is the executive summary, and no split row is cut across pages.
    private func assertPrintedLayout(_ bytes: [UInt8], report: Report, paper: Paper) throws {
        guard let pdftotext = PDFTools.which("pdftotext") else {
            print("note: pdftotext not installed; the page layout of the \(paper) PDF is not checked")
            return
        }
        let pdf = folder.appendingPathComponent("summary-\(paper).pdf")
        try Data(bytes).write(to: pdf)
        func page(_ number: Int) throws -> String? {
            try PDFTools.output(pdftotext, ["-f", "\(number)", "-l", "\(number)", pdf.path, "-"])
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        }
        var pages: [String] = []
        while pages.count < 40, let text = try page(pages.count + 1) { pages.append(text) }
        let first = try XCTUnwrap(pages.first)
        for expected in [
            "Harbor Dental Group", "2026-03-10", "Dana Whitfield", "report-fixture, version 3", "Strong fit",
            "89/100", "range 79-90", "medium confidence", "Readiness signals", "Blockers: deal with these first",
            "First next steps", "Run a test restore", "The internal team keeps",
        ] {
            XCTAssertTrue(first.contains(expected), "page one (\(paper)) lacks \(expected)")
        }
        XCTAssertFalse(first.contains("The recommended starting split"), "the split starts on a page of its own")
        XCTAssertTrue(
            pages[1].hasPrefix(
                "Co-managed IT readiness summary: \u{2068}Harbor Dental Group\u{2069}, 2026-03-10 What the plan asks of your team"),
            pages[1])
        // A split line cut across pages would leave its area on one page and the end of its reason on the next.
        let splitStart = try XCTUnwrap(pages.firstIndex { $0.contains("The recommended starting split") })
        // The split ends where the section after it starts: the blockers' details, else the next steps.
        let splitEnd = try XCTUnwrap(
            pages.indices.first {
                $0 >= splitStart && (pages[$0].contains("The blockers ") || pages[$0].contains("Next steps for the first 90 days"))
            })
        let splitPages = Array(splitStart...splitEnd)
        for line in report.splitGroups.flatMap(\.lines) {
            let ending = line.reason.split(separator: " ").suffix(3).joined(separator: " ")
            let pagesWithTitle = splitPages.filter { pages[$0].contains(line.row.title) }
            XCTAssertEqual(pagesWithTitle.count, 1, "\(line.row.title) on \(paper)")
            if let index = pagesWithTitle.first {
                XCTAssertTrue(pages[index].contains(ending), "\(line.row.title) is cut across pages on \(paper)")
            }
        }
        XCTAssertLessThanOrEqual(pages.count, 4, "the typical summary, appendix included, fits four \(paper) pages")
    }

    // MARK: - Finding the browser

    func testNoBrowserNamesTheNamesAndTheVariable() {
        XCTAssertThrowsError(try ChromiumPDFRenderer.locate(environment: ["PATH": folder.path])) { error in
            XCTAssertEqual(error as? PDFError, .browserNotFound(searched: ["chromium", "chromium-browser", "google-chrome"]))
            let message = (error as? PDFError)?.description ?? ""
            XCTAssertTrue(message.contains("'chromium', 'chromium-browser' and 'google-chrome'"), message)
            XCTAssertTrue(message.contains("READINESS_CHROME"), message)
        }
    }

    func testBrowserFoundOnThePathInOrder() throws {
        let chrome = try script("google-chrome", "exit 0")
        let chromium = try script("chromium-browser", "exit 0")
        XCTAssertEqual(try ChromiumPDFRenderer.locate(environment: ["PATH": folder.path]).executable, chromium)
        XCTAssertEqual(try ChromiumPDFRenderer.locate(environment: ["PATH": folder.path, "READINESS_CHROME": chrome]).executable, chrome)
    }

    func testReadinessChromeMustBeAnExecutable() throws {
        let plain = folder.appendingPathComponent("not-a-browser").path
        try Data("text".utf8).write(to: URL(fileURLWithPath: plain))
        XCTAssertThrowsError(try ChromiumPDFRenderer.locate(environment: ["READINESS_CHROME": plain])) { error in
            XCTAssertEqual(error as? PDFError, .notExecutable(path: plain))
        }
    }

    // MARK: - Running it

    func testArgumentsKeepTheBrowserHeadlessPrivateAndQuiet() throws {
        let log = folder.appendingPathComponent("arguments").path
        let browser = try script(
            "chromium",
            """
            printf '%s\\n' "$@" > '\(log)'
            for argument in "$@"; do case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}";; esac; done
            printf '%%PDF-1.4\\n%% a stand-in page, long enough to pass\\n%%%%EOF\\n' > "$out"
            """)
        let work = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let bytes = try ChromiumPDFRenderer(executable: browser, temporaryDirectory: work.path).renderPDF(html: "<p>hi</p>")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).hasPrefix("%PDF-1.4"))
        let arguments = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertTrue(arguments.contains("--headless"))
        XCTAssertTrue(arguments.contains("--no-pdf-header-footer"))
        XCTAssertTrue(arguments.contains("--disable-extensions"))
        XCTAssertTrue(arguments.contains("--disable-background-networking"))
        XCTAssertTrue(arguments.contains { $0.hasPrefix("--user-data-dir=\(work.path)/readiness-pdf-") }, "a throwaway profile")
        XCTAssertTrue(arguments.last?.hasPrefix("file://\(work.path)/readiness-pdf-") == true)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [], "the working folder is removed")
    }

    func testAFailingBrowserLeavesNoPartialPDF() throws {
        let browser = try script(
            "chromium",
            """
            echo 'could not open display' >&2
            for argument in "$@"; do case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}";; esac; done
            printf '%%PDF-1.4\\n half a file' > "$out"
            exit 3
            """)
        let work = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        XCTAssertThrowsError(try ChromiumPDFRenderer(executable: browser, temporaryDirectory: work.path).renderPDF(html: "<p>hi</p>")) {
            error in
            XCTAssertEqual(error as? PDFError, .failed(browser: browser, status: 3, output: "could not open display"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [], "nothing left behind")
    }

    func testAHungBrowserIsStoppedAndCleanedUp() throws {
        let browser = try script("chromium", "sleep 30 & sleep 30")
        let work = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let started = Date()
        XCTAssertThrowsError(
            try ChromiumPDFRenderer(executable: browser, timeoutSeconds: 1, temporaryDirectory: work.path).renderPDF(html: "<p>hi</p>")
        ) { error in
            XCTAssertEqual(error as? PDFError, .timedOut(browser: browser, seconds: 1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [])
    }

    func testCompletePDFCheck() {
        XCTAssertTrue(ChromiumPDFRenderer.isCompletePDF(Array("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)))
        XCTAssertFalse(ChromiumPDFRenderer.isCompletePDF(Array("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8)), "truncated")
        XCTAssertFalse(ChromiumPDFRenderer.isCompletePDF(Array("<html>not a pdf</html> %%EOF".utf8)))
        XCTAssertFalse(ChromiumPDFRenderer.isCompletePDF([]))
    }

    // MARK: - Helpers

    /// An executable shell script in the test folder.
    private func script(_ name: String, _ body: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
