/// A self-check of the YAML reader's two ways of reading a file.
public enum YAMLReaderAgreement {
    /// How the block scanner and libyaml disagree about a text, or nil when they agree: the scanner gave
    /// up, or it gave the same tree and the same diagnostics as libyaml. For the tests and the
    /// questionnaire fuzzer, which hold the scanner to being libyaml's equal wherever it reads a file.
    public static func scannerDisagreement(_ text: String) -> String? {
        guard let fast = YAMLReader.readWithoutLibYAML(text) else { return nil }
        var log = DiagnosticLog()
        guard let slow = YAMLReader.readWithLibYAML(text, into: &log) else {
            return "libyaml refuses what the scanner reads: \(log.diagnostics.map(\.message))"
        }
        if fast.value != slow { return "the trees differ:\n\(fast.value)\nlibyaml:\n\(slow)" }
        if fast.diagnostics != log.diagnostics {
            return "the diagnostics differ: \(fast.diagnostics) against libyaml's \(log.diagnostics)"
        }
        return nil
    }
}
