import ArgumentParser
import ReadinessCore
import ReadinessStore

/// `readiness validate [PATH...]`: checks questionnaires and reports every problem, like a compiler.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire files and report every problem with its line and column.",
        discussion:
            "With no path, checks every shipped questionnaire. Warnings point at logic that can never matter (a condition that can never hold, a row an earlier row always shadows, a named condition never used). Exits 65 when any error is found, or any warning with --strict."
    )

    @OptionGroup var questionnaires: QuestionnaireOptions

    @Argument(help: ArgumentHelp("Questionnaire files or folders.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Treat warnings as problems: exit 65 when any is found.")
    var strict = false

    func run() throws {
        try reportingFailures {
            let files = try (paths.isEmpty ? [questionnaires.locateFolder()] : paths).flatMap(Self.expand)
            if files.isEmpty {
                throw CommandFailure(message: "no questionnaire files (*.yaml) to check", code: ExitStatus.fileSystem)
            }
            var errorCount = 0
            var warningCount = 0
            var badFiles = 0
            var loaded: [(path: String, questionnaire: Questionnaire)] = []
            for (path, named) in files {
                do {
                    let file = try SourceFile.decoding(path: path, bytes: FileReader.bytes(atPath: path, acceptingStreams: named))
                    let check = QuestionnaireLoader.check(file, includes: QuestionnaireCatalog.readInclude)
                    let (questionnaire, diagnostics) = (check.questionnaire, check.diagnostics)
                    let errors = diagnostics.filter { $0.severity == .error }.count
                    if errors > 0 || questionnaire == nil {
                        writeStandardError(DiagnosticRenderer.render(diagnostics, in: check.files))
                        errorCount += max(errors, 1)
                        badFiles += 1
                    } else if let questionnaire {
                        let warnings = diagnostics.filter { $0.severity == .warning }
                        if !warnings.isEmpty {
                            writeStandardError(DiagnosticRenderer.render(warnings, in: check.files))
                            warningCount += warnings.count
                            if strict { badFiles += 1 }
                        }
                        loaded.append((path, questionnaire))
                        try StandardOutput.write(
                            "\(path): ok: \(questionnaire.id) v\(questionnaire.version), \(count(questionnaire.questions.count, "question")), \(count(questionnaire.signals.count, "signal")), \(count(questionnaire.areas.count, "area"))\n"
                        )
                    }
                } catch let error as DiagnosticsError {
                    writeStandardError(error.description)
                    errorCount += 1
                    badFiles += 1
                }
            }
            for shadowed in QuestionnaireCatalog.Shadowed.find(in: loaded) {
                writeStandardError("readiness: warning: \(shadowed.shadowingWarning)\n")
            }
            if errorCount > 0 || (strict && warningCount > 0) {
                // Without --strict, warnings are not what failed, so the summary counts errors only.
                let counts = [
                    errorCount > 0 ? count(errorCount, "error") : nil, strict && warningCount > 0 ? count(warningCount, "warning") : nil,
                ]
                writeStandardError("\(counts.compactMap { $0 }.joined(separator: " and ")) in \(count(badFiles, "file"))\n")
                throw ExitCode(ExitStatus.invalidData)
            }
            if warningCount > 0 {
                writeStandardError("\(count(warningCount, "warning")); --strict makes them fail\n")
            }
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A folder stands for the questionnaire files in it; `named` is false for those, which are read only
    /// when they are regular files, and true for a path given as it is (a pipe such as `/dev/stdin` too).
    static func expand(_ path: String) throws -> [(path: String, named: Bool)] {
        guard FileReader.isDirectory(path) else { return [(path, true)] }
        let names = try FileReader.names(inDirectory: path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        return names.map { (path.hasSuffix("/") ? path + $0 : path + "/" + $0, false) }
    }
}
