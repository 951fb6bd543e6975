/// Prints diagnostics the way compilers do: `path:line:column: error: message`, the line, and a caret.
public enum DiagnosticRenderer {
    /// Renders every diagnostic (and its notes) about one file, each followed by its source line and a caret.
    public static func render(_ diagnostics: [Diagnostic], in file: SourceFile) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic, in: file)
            for note in diagnostic.notes {
                out += render(note, in: file)
            }
        }
        return out
    }

    /// Renders diagnostics about a file and the files it includes (`files[0]` is the file read), each
    /// against the file its location names.
    public static func render(_ diagnostics: [Diagnostic], in files: [SourceFile]) -> String {
        guard let main = files.first else { return "" }
        func file(_ location: SourceLocation) -> SourceFile { files.indices.contains(location.file) ? files[location.file] : main }
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic, in: file(diagnostic.location))
            for note in diagnostic.notes { out += render(note, in: file(note.location)) }
        }
        return out
    }

    /// Renders one diagnostic without its notes.
    public static func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let location = diagnostic.location
        var out = "\(file.path):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if let line = file.line(location.line) {
            let (shown, column) = window(TerminalText.controlsShown(line), around: location.column)
            out += shown + "\n"
            out += caretLine(under: column, in: shown) + "\n"
        }
        return out
    }

    /// A very long line is cut to a window around the column, so one diagnostic stays a few lines long.
    static func window(_ line: String, around column: Int, width: Int = 160) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > width else { return (line, column) }
        let start = max(0, min(column - 1 - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        var shown = String(String.UnicodeScalarView(scalars[start..<end]))
        var shift = start
        if start > 0 {
            shown = "..." + shown
            shift -= 3
        }
        if end < scalars.count { shown += "..." }
        return (shown, column - shift)
    }

    /// Spaces up to the column (tabs kept, so the caret lines up) and then a caret.
    static func caretLine(under column: Int, in line: String) -> String {
        var padding = ""
        for (offset, scalar) in line.unicodeScalars.enumerated() where offset < column - 1 {
            if scalar == "\t" {
                padding += "\t"
            } else {
                padding += String(repeating: " ", count: DisplayWidth.of(scalar))
            }
        }
        return padding + "^"
    }
}
