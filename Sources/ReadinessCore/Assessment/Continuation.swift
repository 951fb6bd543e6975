#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A finished assessment carried into another questionnaire: the discovery call continued as the full
/// assessment, without asking again what the call already answered.
///
/// "The same question" is established by the questionnaires themselves, with no mapping to keep: the
/// same question id, the same kind of answer and, for a choice, every option id it had (for a number, the
/// same unit). A newer version of the same questionnaire is a continuation too: the way an old
/// assessment moves to the version that asks more. The shipped quick and full questionnaires are written that way on purpose. A question
/// whose id is shared but whose kind or options differ may mean something else, so its answer is not
/// carried (its note and flag are: they are the assessor's own words about that topic).
///
/// The earlier assessment is never changed: the new one records where it came from (`continuedFrom`),
/// and the earlier one stays as its own record of what was said.
public struct Continuation: Sendable, Equatable {
    /// The new assessment: a draft under the target questionnaire, with the organization, the assessor, the
    /// mode and the contact of the earlier one, and every carried answer with its note and flag.
    public var assessment: Assessment
    /// The questions whose answers were carried, in the target questionnaire's order.
    var carried: [String]
    /// What the new assessment does not take over, in the earlier questionnaire's order.
    var leftBehind: [LeftBehind]

    /// An answer (or a note or flag) that stays with the earlier assessment only, and why.
    struct LeftBehind: Sendable, Equatable {
        /// The question's id in the earlier questionnaire.
        var questionID: String
        /// Its title there.
        var title: String
        /// Why, in a few words ("not asked there", "its options differ there").
        var reason: String
    }

    /// Why `assessment` cannot be continued into `target`, or nil when it can.
    ///
    /// A draft is refused: the earlier assessment must be a finished record of its own, and answers added
    /// to a draft after it was continued would never reach the continuation (two open drafts of one
    /// organization drifting apart). Finishing takes little: "don't know" counts as an answer.
    public static func refusal(of assessment: Assessment, into target: Questionnaire) -> String? {
        if assessment.questionnaireID == target.id, assessment.questionnaireVersion == target.version {
            return
                "it already uses version \(target.version) of the questionnaire '\(target.id)'; it continues into another one or a newer version"
        }
        if assessment.status != .complete {
            return "it is not finished yet: answer what is left (\"don't know\" counts), then continue it"
        }
        return nil
    }

    /// The questionnaires that an assessment under `source` naturally continues into: those among
    /// `candidates` (one version each) that ask every question of `source`, and more.
    public static func fullerQuestionnaires(than source: Questionnaire, among candidates: [Questionnaire]) -> [Questionnaire] {
        candidates.filter { candidate in
            candidate.id != source.id && candidate.questions.count > source.questions.count
                && source.questions.allSatisfy { candidate.question($0.id) != nil }
        }
    }

    /// Carries `assessment`, answered under `source`, into `target` as a new draft with this id.
    public init(from assessment: Assessment, answeredUnder source: Questionnaire, into target: Questionnaire, id: String, now: Date) {
        var answers: [String: AnswerRecord] = [:]
        var leftBehind: [LeftBehind] = []
        for question in source.questions {
            guard let record = assessment.answers[question.id] else { continue }
            func leave(_ reason: String) { leftBehind.append(LeftBehind(questionID: question.id, title: question.title, reason: reason)) }
            guard let counterpart = target.question(question.id) else {
                leave("not asked there")
                continue
            }
            var kept = record
            if let response = record.response {
                if let difference = Self.difference(between: question, and: counterpart) {
                    kept.response = nil
                    leave(difference)
                } else if let problem = AnswerValidation.problem(with: response, for: counterpart) {
                    kept.response = nil
                    leave("the answer does not fit there: \(problem)")
                }
            }
            if !kept.isEmpty { answers[question.id] = kept }
        }
        var continued = Assessment(
            id: id, questionnaire: target, organization: assessment.organization, assessor: assessment.assessor,
            mode: assessment.mode, now: now)
        continued.contact = assessment.contact
        continued.continuedFrom = assessment.id
        continued.answers = answers
        self.assessment = continued
        self.carried = target.questions.map(\.id).filter { answers[$0]?.response != nil }
        self.leftBehind = leftBehind
    }

    /// What was carried over, in words: "14 answers carried over from assessment 3f2a9c1d (Co-managed IT
    /// discovery call), which stays as it is; not carried: Budget owner (not asked there)".
    public func summary(from source: Questionnaire) -> String {
        let count = carried.count == 1 ? "1 answer" : "\(carried.count) answers"
        let from = assessment.continuedFrom ?? ""
        let left = leftBehind.map { "\($0.title) (\($0.reason))" }.joined(separator: "; ")
        return "\(count) carried over from assessment \(from) (\(source.title)), which stays as it is"
            + (left.isEmpty ? "" : "; not carried: \(left)")
    }

    /// The sentence that opens the continuation: "Continued in Co-managed IT readiness as assessment
    /// 9b1e4f2a: 14 answers carried over from ...".
    public func announcement(from source: Questionnaire, into target: Questionnaire) -> String {
        "Continued in \(target.title) as assessment \(assessment.id): \(summary(from: source))."
    }

    /// How two questions with one id differ in what their answers mean, or nil when they do not.
    static func difference(between earlier: Question, and later: Question) -> String? {
        switch (earlier.kind, later.kind) {
        case (.single(let old), .single(let new)), (.multiple(let old), .multiple(let new)):
            // Options added there only offer finer answers (a newer version of a question keeps every option
            // id it had); an option gone or renamed there means the answers no longer line up.
            return Set(old.map(\.id)).isSubset(of: new.map(\.id)) ? nil : "its options differ there"
        case (.number(let old), .number(let new)):
            return old.unit == new.unit ? nil : "it counts \(new.unit ?? "something else") there"
        case (.scale, .scale), (.text, .text):
            return nil
        default:
            return "it is a \(later.kind.name) question there"
        }
    }
}
