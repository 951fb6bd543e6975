/// The formats the summary can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Plain text that fits 80 columns.
    case text
    /// Markdown, for CRM notes and tickets.
    case markdown
    /// One self-contained HTML file laid out for print.
    case html
    /// The full result as JSON, for other programs.
    case json
    /// A PDF rendered from the HTML by a headless Chromium.
    case pdf

    /// The usual file name extension.
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .pdf: "pdf"
        }
    }

    /// The format a file name asks for by its extension (`summary.pdf`, `notes.md`), if it names one.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .json
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// Whether the format is binary and should not be written to a terminal.
    public var isBinary: Bool { self == .pdf }
}

/// Renders a report in any format: the one entry point the command line and the interview's export share.
public struct ReportRendering: Sendable {
    /// Options for the text-based formats.
    public var ascii: Bool
    /// The paper size for HTML and PDF; nil lets the printer decide (HTML only).
    public var paper: Paper?
    /// Makes PDFs; nil when PDF is not wanted.
    public var pdfRenderer: (any PDFRendering)?

    /// Creates a renderer.
    public init(ascii: Bool = false, paper: Paper? = nil, pdfRenderer: (any PDFRendering)? = nil) {
        self.ascii = ascii
        self.paper = paper
        self.pdfRenderer = pdfRenderer
    }

    /// The report's bytes in a format.
    public func render(_ report: Report, as format: ReportFormat) throws(PDFError) -> [UInt8] {
        switch format {
        case .text: return Array(TextReportRenderer.render(report, ascii: ascii).utf8)
        case .markdown: return Array(MarkdownReportRenderer.render(report, ascii: ascii).utf8)
        case .html: return Array(HTMLReportRenderer.render(report, paper: paper).utf8)
        case .json: return Array(JSONReportRenderer.render(report).utf8)
        case .pdf:
            guard let pdfRenderer else { throw PDFError.browserNotFound(searched: []) }
            let pdf = try pdfRenderer.renderPDF(html: HTMLReportRenderer.render(report, paper: paper ?? .letter))
            return report.documentInfo.applied(to: pdf)
        }
    }
}

/// A paper size for print.
public enum Paper: String, Sendable, CaseIterable {
    /// ISO A4, 210 x 297 mm.
    case a4
    /// US Letter, 8.5 x 11 in.
    case letter

    /// The value of the CSS `@page { size: ... }` property.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}
