extension SourceFile {
    /// The most bytes any reader takes (an assessment file's limit; a questionnaire's is lower). Files are
    /// read up to one byte past it, enough for the reader to refuse them by size.
    public static let maximumBytes = max(JSONReader.maximumBytes, YAMLReader.maximumBytes)

    /// The diagnostic for a file larger than a reader's `limit`, the same for every reader.
    static func sizeProblem(_ file: SourceFile, limit: Int) -> Diagnostic? {
        file.text.utf8.count > limit ? .error("the file is larger than \(limit / 1024 / 1024) MB", at: .start) : nil
    }

    /// Decodes file bytes as UTF-8, or throws a diagnostic that points at the first byte that is not.
    public static func decoding(path: String, bytes: [UInt8]) throws(DiagnosticsError) -> SourceFile {
        // Past every reader's limit (a file reader stops one byte after it, so the end may split a
        // character): decoded leniently, for the reader to refuse by its own limit before parsing.
        if bytes.count > maximumBytes { return SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)) }
        // Most files are valid UTF-8 with no byte-order mark and no NUL: checked and decoded in one fast
        // pass. The scalar loop below costs hundreds of instructions a byte (a third of the start-up of
        // an interview), so it runs only to drop the mark or to locate a problem.
        if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.contains(0), let text = UTF8Text.decoded(bytes) {
            return SourceFile(path: path, text: text)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\u{FEFF}" && scalars.isEmpty { continue }  // a byte-order mark is not content
                if scalar == "\0" {
                    let file = SourceFile(path: path, text: String(scalars))
                    throw DiagnosticsError(
                        file: file,
                        diagnostics: [
                            .error("the file contains a NUL byte; is it a text file?", at: SourceLocation(line: line, column: column))
                        ])
                }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                break loop
            case .error:
                let file = SourceFile(path: path, text: String(scalars))
                throw DiagnosticsError(
                    file: file, diagnostics: [.error("the file is not valid UTF-8 text", at: SourceLocation(line: line, column: column))])
            }
        }
        return SourceFile(path: path, text: String(scalars))
    }
}
