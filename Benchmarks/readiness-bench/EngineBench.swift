import ReadinessCore
import ReproducibleRandom

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The engine in process: loading, validating and scoring, for the shipped and synthetic questionnaires.
enum EngineBench {
    static func loadQuestionnaire(path: String, text: String) -> Questionnaire {
        do {
            // A shipped questionnaire may include shared files, read beside it.
            return try QuestionnaireLoader.load(SourceFile(path: path, text: text)) { included, from in
                let resolved = IncludePath.resolve(included, from: from.path)
                return SourceFile(path: resolved, text: try String(contentsOfFile: resolved, encoding: .utf8))
            }
        } catch {
            fatalError("readiness-bench: \(path) does not load: \(error)")
        }
    }

    /// Figures for one shipped questionnaire, as a JSON object.
    static func shipped(path: String) -> String {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        let load = Timing.measure { sink &+= loadQuestionnaire(path: path, text: text).questions.count }
        let questionnaire = loadQuestionnaire(path: path, text: text)
        let scorer = Scorer(questionnaire: questionnaire)
        var generator = SeededGenerator(seed: 42)
        // Many different finished assessments: the per-assessment time is a batch divided by its size.
        let complete = (0..<200).map { _ in Answers.responses(for: questionnaire, using: &generator) }
        let withUnknowns = (0..<200).map { _ in Answers.responses(for: questionnaire, unknownEvery: 5, using: &generator) }
        let half = (0..<50).map { _ in Answers.responses(for: questionnaire, fraction: 0.5, using: &generator) }
        let perComplete = Timing.measure { for responses in complete { sink &+= scorer.score(responses).fit.need } }
        let perWithUnknowns = Timing.measure { for responses in withUnknowns { sink &+= scorer.score(responses).fit.need } }
        let perHalf = Timing.measure { for responses in half { sink &+= scorer.score(responses).fit.need } }
        // The live pane's worst case: the first question, nothing answered, every question ranked by ask-next.
        let empty = Timing.measure { sink &+= scorer.score([:]).unknowns.count }
        let unknownsEmpty = scorer.score([:]).unknowns.count
        return """
            {"id": "\(questionnaire.id)", "questions": \(questionnaire.questions.count), "load": \(load.json), \
            "scoreComplete": \(perComplete.json), "completeCount": \(complete.count), \
            "scoreWithUnknowns": \(perWithUnknowns.json), "withUnknownsCount": \(withUnknowns.count), \
            "scoreHalf": \(perHalf.json), "halfCount": \(half.count), \
            "recomputeEmpty": \(empty.json), "unknownsEmpty": \(unknownsEmpty)}
            """
    }

    /// Figures for a synthetic questionnaire of `size` questions, as a JSON object.
    static func synthetic(size: Int, askNextLimit: Int) -> String {
        let text = SyntheticQuestionnaire(questionCount: size).yaml
        let path = "synthetic-\(size).yaml"
        // The loader may refuse a file this big (it limits a questionnaire's size): say so and go on.
        do {
            _ = try QuestionnaireLoader.load(SourceFile(path: path, text: text))
        } catch {
            let message = error.diagnostics.first?.message ?? "\(error)"
            return
                "{\"size\": \(size), \"yamlBytes\": \(text.utf8.count), \"refused\": \"\(String(message.map { $0 == "\"" ? "'" : $0 }))\"}"
        }
        let load = Timing.measure { sink &+= loadQuestionnaire(path: path, text: text).questions.count }
        let questionnaire = loadQuestionnaire(path: path, text: text)
        let scorer = Scorer(questionnaire: questionnaire)
        var generator = SeededGenerator(seed: UInt64(size))
        let complete = Answers.responses(for: questionnaire, using: &generator)
        let score = Timing.measure { sink &+= scorer.score(complete).fit.need }
        let all = Timing.measure {
            let loaded = loadQuestionnaire(path: path, text: text)
            sink &+= Scorer(questionnaire: loaded).score(complete).fit.need
        }
        // Ask-next re-scores every possible answer of every open question: quadratic by design.
        var recompute = "null"
        if size <= askNextLimit {
            let half = Answers.responses(for: questionnaire, fraction: 0.5, using: &generator)
            recompute = Timing.measure(samples: 5) { sink &+= scorer.score(half).unknowns.count }.json
        }
        let result = scorer.score(complete)
        return """
            {"size": \(size), "yamlBytes": \(text.utf8.count), "signals": \(questionnaire.signals.count), \
            "sections": \(questionnaire.sections.count), "blockers": \(questionnaire.blockers.count), \
            "areas": \(questionnaire.areas.count), "nextSteps": \(questionnaire.nextSteps.count), \
            "shown": \(result.visibleQuestionIDs.count), "conditions": \(conditionCount(questionnaire)), \
            "load": \(load.json), "score": \(score.json), "total": \(all.json), "recomputeHalf": \(recompute)}
            """
    }

    /// Conditions anywhere in a questionnaire (showIf, prerequisites, blockers, area rules, next steps).
    static func conditionCount(_ questionnaire: Questionnaire) -> Int {
        questionnaire.questions.count { $0.showIf != nil } + questionnaire.sections.count { $0.showIf != nil }
            + questionnaire.rating.prerequisites.count + questionnaire.blockers.count
            + questionnaire.areas.reduce(0) { $0 + $1.rules.count } + questionnaire.nextSteps.count { $0.when != nil }
    }
}
