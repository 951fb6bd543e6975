import ArgumentParser
import ReadinessCore
import ReadinessReports
import ReadinessStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// `readiness report FILE`: scores an assessment and writes the summary in a format.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Score an assessment and write its summary.",
        discussion: """
            The assessment is a saved one's id, or an assessment file (see 'readiness template'). Formats: \
            text (80 columns, the default), markdown \
            (for CRM notes and tickets), html (one self-contained file laid out for print), json (the full \
            result, for other programs) and pdf (the HTML printed by a headless Chromium: 'chromium', \
            'chromium-browser' or 'google-chrome' on the PATH, or READINESS_CHROME; exit 69 when none is \
            found). Without --format, -o's extension picks the format (.txt, .md, .html, .json, .pdf); \
            --format and an extension that name different formats are refused. With -o the file is \
            written whole or not at all, and an existing file is only replaced with --force; a symbolic \
            link is followed and stays a link (a link to nothing only with --force; another user's link in \
            a folder everyone can write never). A device, a named pipe with a reader or a standard stream \
            (-o /dev/stdout, /dev/null, a FIFO, >(...)) is written into as it is, never \
            replaced, with or without --force.
            """)

    @OptionGroup var questionnaires: QuestionnaireOptions

    @OptionGroup var data: StoreOptions

    @Argument(
        help: ArgumentHelp(
            "A saved assessment's id (or a unique start of it), or an assessment file; an existing file wins.", valueName: "id|file"))
    var source: String

    @Option(help: ArgumentHelp("The format (default: from the -o file's extension, else text).", valueName: "format"))
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Leave out the organization, the people, the notes and typed answers.")
    var redact = false

    @Flag(name: .customLong("talking-points"), help: "Include the talking points for the sales engineer (internal copy only).")
    var talkingPoints = false

    @Option(
        help: ArgumentHelp(
            "Who the copy is for: client (leaves out internal notes, flags, the assessor's to-dos and talking points) or internal (everything). Default: client for html, pdf and markdown, internal for text and json.",
            valueName: "audience"))
    var audience: Audience?

    /// The audience: as given, else client for the formats that are sent to customers, internal for the
    /// ones the assessor reads or feeds to other programs.
    private var resolvedAudience: Audience {
        audience ?? Self.defaultAudience(for: resolvedFormat)
    }

    /// The options that make the HTML the same copy as the PDF asked for: the internal copy (HTML
    /// defaults to the client's), its talking points, and the redaction.
    private var sameCopyOptions: String {
        (resolvedAudience == .internal ? " --audience internal" : "") + (talkingPoints ? " --talking-points" : "")
            + (redact ? " --redact" : "")
    }

    /// The audience a format has when --audience is not given.
    static func defaultAudience(for format: ReportFormat) -> Audience {
        switch format {
        case .html, .pdf, .markdown: .client
        case .text, .json: .internal
        }
    }

    @Option(
        help: ArgumentHelp(
            "The paper for pdf and html: a4 or letter (pdf default: letter; html default: the printer's).", valueName: "size"))
    var paper: Paper?

    @Flag(help: "Use ASCII characters only in the text and markdown formats.")
    var ascii = false

    /// The format to write: --format, else the one the output file's extension names, else text.
    private var resolvedFormat: ReportFormat {
        format ?? output.flatMap(ReportFormat.init(fileName:)) ?? .text
    }

    func validate() throws {
        if let format, let output, let named = ReportFormat(fileName: output), named != format {
            throw ValidationError(
                "--format \(format.rawValue) clashes with -o \(output), whose name says \(named.rawValue); drop --format or rename the file"
            )
        }
        if talkingPoints && resolvedAudience == .client {
            throw ValidationError("--talking-points are for the internal copy only; add --audience internal")
        }
        if paper != nil && resolvedFormat != .pdf && resolvedFormat != .html {
            throw ValidationError("--paper applies to --format pdf and html only")
        }
    }

    func run() throws {
        try reportingFailures {
            let format = resolvedFormat
            if format.isBinary, output == nil, isatty(1) == 1 {
                throw CommandFailure(
                    message: "a PDF is binary and is not written to a terminal; give -o PATH, or pipe the output",
                    code: ExitStatus.usage)
            }
            // A folder, a block device or a socket is refused before the work of rendering (a PDF takes seconds).
            if let output { try OutputFile.check(output, replace: force) }
            let catalog = try questionnaires.catalog()
            let loaded = try data.assessmentOrFile(source, catalog: catalog)
            let result = Scorer(questionnaire: loaded.questionnaire).score(loaded.assessment)
            let report = Report(
                assessment: loaded.assessment, questionnaire: loaded.questionnaire, result: result,
                options: Report.Options(
                    redact: redact, includeTalkingPoints: talkingPoints, audience: resolvedAudience,
                    sender: try ReportConfiguration.sender()))
            let bytes = try render(report, as: format)
            if let output {
                // Owner-only, like every file the program writes: a summary holds the organization's answers.
                try OutputFile.write(bytes, to: output, permissions: 0o600, replace: force)
            } else {
                try StandardOutput.write(bytes)
            }
        }
    }

    /// The report's bytes; for PDF, the browser is found first, so a missing one fails before any work.
    private func render(_ report: Report, as format: ReportFormat) throws -> [UInt8] {
        let rendered: Result<[UInt8], PDFError> = Result { () throws(PDFError) -> [UInt8] in
            let pdf = format == .pdf ? try ChromiumPDFRenderer.locate(environment: ProgramEnvironment.variables) : nil
            return try ReportRendering(ascii: ascii, paper: paper, pdfRenderer: pdf).render(report, as: format)
        }
        switch rendered {
        case .success(let bytes):
            return bytes
        case .failure(let error):
            let htmlPath =
                output.map { path in
                    (path.hasSuffix(".pdf") ? String(path.dropLast(4)) : path) + ".html"
                } ?? report.suggestedFileName(format: .html)
            throw CommandFailure(
                message:
                    "\(error.description). Write HTML instead and print it from any browser: readiness report \(shellQuoted(source)) --format html\(sameCopyOptions) -o \(shellQuoted(htmlPath))",
                code: ExitStatus.unavailable)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
extension Audience: ExpressibleByArgument {}

/// A word as a shell would need it: as is when it is plain, else in single quotes.
private func shellQuoted(_ word: String) -> String {
    let plain =
        !word.isEmpty
        && word.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./,:@+=".unicodeScalars.contains(scalar)
        }
    return plain ? word : "'" + word.replacing("'", with: "'\\''") + "'"
}
