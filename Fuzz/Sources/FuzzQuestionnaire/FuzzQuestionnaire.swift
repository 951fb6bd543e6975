import FuzzSupport
import ReadinessCore

/// Bytes as a questionnaire file: decoded as UTF-8, read as YAML, validated, its diagnostics rendered;
/// the YAML block scanner must agree with libyaml wherever it reads the file; a questionnaire that loads is then scored, and its blank template must load against it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionnaire(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file: SourceFile
    do {
        file = try SourceFile.decoding(path: "fuzz.yaml", bytes: bytes)
    } catch {
        FuzzCheck.require(!error.diagnostics.isEmpty, "undecodable bytes reported no diagnostic")
        _ = error.description
        return 0
    }
    // Wherever the block scanner reads a file instead of libyaml, it must read it as libyaml does.
    if let disagreement = YAMLReaderAgreement.scannerDisagreement(file.text) { FuzzCheck.fail("scanner and libyaml: \(disagreement)") }
    let (questionnaire, diagnostics) = QuestionnaireLoader.diagnose(file)
    let rendered = DiagnosticRenderer.render(diagnostics, in: file)
    for diagnostic in diagnostics {
        FuzzCheck.require(
            diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "diagnostic at \(diagnostic.location): \(diagnostic.message)")
    }
    if let questionnaire {
        FuzzCheck.require(!diagnostics.contains { $0.severity == .error }, "a questionnaire came back with errors:\n\(rendered)")
        Exercise.questionnaire(questionnaire)
    } else {
        FuzzCheck.require(
            diagnostics.contains { $0.severity == .error }, "no questionnaire and no error: a refusal the user could not act on")
    }
    return 0
}
