import ReadinessCore
import ReproducibleRandom

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// One operation repeated, with nothing else around it, for `valgrind --tool=callgrind`:
/// `readiness-bench profile OPERATION SOURCE COUNT`, where SOURCE is a questionnaire file or a synthetic
/// size. `score` scores COUNT finished assessments; `recompute` scores a half-answered one COUNT times
/// (ask-next ranks the other half); `empty` scores no answers COUNT times; `load` loads and validates
/// COUNT times. `score-setup` and `recompute-setup` do everything but the scoring, so the difference of
/// two instruction counts is the scoring alone.
enum Profile {
    static func run(_ operation: String, source: String, count: Int) {
        let (path, text): (String, String)
        if let size = Int(source) {
            (path, text) = ("synthetic-\(size).yaml", SyntheticQuestionnaire(questionCount: size).yaml)
        } else {
            (path, text) = (source, try! String(contentsOfFile: source, encoding: .utf8))
        }
        let questionnaire = EngineBench.loadQuestionnaire(path: path, text: text)
        let scorer = Scorer(questionnaire: questionnaire)
        var generator = SeededGenerator(seed: 42)
        switch operation {
        case "score", "score-setup":
            // `score-setup` makes the same assessments without scoring them: the difference is the scoring.
            let assessments = (0..<count).map { _ in Answers.responses(for: questionnaire, using: &generator) }
            if operation == "score" {
                for responses in assessments { sink &+= scorer.score(responses).fit.need }
            }
        case "recompute", "recompute-setup":
            let half = Answers.responses(for: questionnaire, fraction: 0.5, using: &generator)
            for _ in 0..<(operation == "recompute" ? count : 0) { sink &+= scorer.score(half).unknowns.count }
        case "empty":
            for _ in 0..<count { sink &+= scorer.score([:]).unknowns.count }
        default:
            for _ in 0..<count { sink &+= EngineBench.loadQuestionnaire(path: path, text: text).questions.count }
        }
        print(sink % 2)
    }
}
