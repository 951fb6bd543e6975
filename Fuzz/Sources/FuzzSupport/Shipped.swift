import Foundation
import ReadinessCore

/// The questionnaires shipped in the repository, read once from the source tree (the fuzzers only ever
/// run from a checkout).
public enum Shipped {
    /// The repository's `questionnaires/` folder.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("questionnaires")

    /// Every shipped questionnaire, the full assessment first.
    public static let questionnaires: [Questionnaire] = ["co-managed-readiness", "discovery-quick"].map { id in
        load(folder.appendingPathComponent("\(id).yaml").path)
    }

    /// A seven-question questionnaire with every answer kind (Fuzz/Questionnaires/every-kind.yaml): scoring
    /// it is cheap, so a fuzzer on it spends its time on what it is fuzzing.
    public static let everyKind: Questionnaire = load(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Questionnaires/every-kind.yaml").path)

    /// Loads a questionnaire or stops the fuzzer, since every finding would be noise without it.
    private static func load(_ path: String) -> Questionnaire {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FuzzCheck.fail("cannot read the questionnaire at \(path)")
        }
        do {
            // The shipped questionnaires include shared files beside them.
            return try QuestionnaireLoader.load(SourceFile(path: path, text: text)) { included, from in
                let resolved = IncludePath.resolve(included, from: from.path)
                return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
            }
        } catch {
            FuzzCheck.fail("the questionnaire at \(path) does not load:\n\(error)")
        }
    }
}
