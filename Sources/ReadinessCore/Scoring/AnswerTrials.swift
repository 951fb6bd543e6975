/// What each open question's possible answers would lead to: every shown question that is unanswered or
/// "don't know" is given each answer it allows in turn, one question at a time, and scored up to the
/// rating decision.
///
/// The fit's range reads the needs found (an answer that shows or hides other questions can take the need
/// past what scoring the unknowns at best and worst gives), confidence reads the ratings, and "ask next"
/// ranks the questions by them. Past `AskNext.budget` nothing is tried (`isTried` is false).
struct AnswerTrials {
    /// One open question's answers, tried.
    struct Outcome {
        /// The question.
        let question: Question
        /// Whether it was answered "don't know" (otherwise it is unanswered).
        let isDontKnow: Bool
        /// The lowest and highest need its answers lead to.
        let needs: ClosedRange<Int>
        /// The ratings its answers lead to other than the current one, in `Rating.allCases` order.
        let otherRatings: [Rating]
        /// Whether one of its answers makes a prerequisite decide the rating.
        let reachesPrerequisite: Bool
        /// Blockers that one of its answers triggers and that do not hold now.
        let newBlockers: [String]
        /// How far its answers move the rating on average, in bands (not-yet to strong-fit; a change to or
        /// from fully managed counts as one): each allowed answer counted once.
        let expectedRatingChange: Double
    }

    /// The open questions tried, in questionnaire order.
    let outcomes: [Outcome]
    /// Whether answers were tried (false past the budget, where nothing is known of what they lead to).
    let isTried: Bool

    /// Tries the open questions of `baseline`. Blockers are looked for only when `findBlockers`: the range
    /// and confidence do not need them, only "ask next" does.
    ///
    /// With `forRangeOnly` (a listing: nothing is ranked) each outcome's `needs` is exact but the rest only
    /// as far as the fit reads it: the range reads the needs, and the confidence reads whether some answer
    /// changes the rating only when a prerequisite decided it, and then only whether one does. So ratings
    /// are worked out only while a prerequisite decided and no other rating has been found yet; every other
    /// trial works out its need from the sums alone, as does a trial proven to keep the prerequisite's
    /// decision (`KeptDecision`). Of those, answers proven to keep the need within the arithmetic range
    /// (`TrialsWithinRange`) are not tried at all: `needs` then covers the answers tried, and widens the
    /// range exactly as far as trying every answer would.
    init(scorer: Scorer, responses: [String: Response], baseline: CoreEvaluation, findBlockers: Bool, forRangeOnly: Bool = false) {
        // Every shown question answered and none "don't know": nothing is open (most saved assessments).
        if baseline.responses.count == baseline.visibleQuestions.count, !baseline.responses.values.contains(.unknown) {
            (outcomes, isTried) = ([], true)
            return
        }
        guard scorer.askNextWork <= AskNext.budget else {
            (outcomes, isTried) = ([], false)
            return
        }
        let baseRating = baseline.decided.decision.rating
        let baseBlockers = findBlockers && !scorer.questionnaire.blockers.isEmpty ? Set(scorer.triggeredBlockerIDs(baseline)) : []
        var outcomes: [Outcome] = []
        // Whether trials can skip the rating (see `forRangeOnly`).
        var ratingsSettled = forRangeOnly && baseline.decided.decision.prerequisiteID == nil
        // Of a trial whose rating is not read, only the need is, and only where it leaves the range.
        let proofs = forRangeOnly && scorer.usesTrialProofs
        let leaveOutWithinRange = proofs && baseline.trialsStayWithinRange
        let deciding = proofs ? KeptDecision.deciding(baseline, in: scorer.questionnaire) : nil
        // The shown questions in order, read by position (the same answers as by id, without hashing ids).
        for position in scorer.questionnaire.questions.indices where baseline.parts.shown[position] {
            let question = scorer.questionnaire.questions[position]
            let current = baseline.answers[position]
            // Free text feeds no signal: it is context, not something to verify before deciding.
            guard current == nil || current == .unknown, question.kind.name != "text" else { continue }
            var lowest = baseline.need.need
            var highest = baseline.need.need
            var prerequisite = false
            var ratings: Set<Rating> = []
            var blockers: [String] = []
            var bandsMoved = 0
            let candidates = scorer.trialPlan.possibleResponses[position]
            // The blockers an answer to this question can change, worked out at the first answer that asks.
            var recheck: [Int]?
            // Whether a prerequisite decided and none up to it reads this question or anything scored.
            let keepsDecision = deciding.map { $0 < scorer.trialPlan.firstPrerequisiteReading[position] } ?? false
            for (index, candidate) in candidates.enumerated() {
                let withinRange = leaveOutWithinRange && scorer.trialPlan.withinRange.answers[position][index]
                // Both proofs hold only for an answer that shows and hides nothing.
                let keepsShown =
                    (withinRange || (keepsDecision && !ratingsSettled))
                    && (!scorer.trialPlan.showsOrHides[position]
                        || scorer.keepsVisibility(changing: position, to: candidate, from: baseline))
                if ratingsSettled || (keepsDecision && keepsShown) {
                    if withinRange && keepsShown { continue }
                    let need = scorer.trialNeed(changing: position, to: candidate, from: baseline, responses: responses)
                    (lowest, highest) = (min(lowest, need), max(highest, need))
                    continue
                }
                let outcome: TrialOutcome
                if scorer.trialsAreIncremental {
                    outcome = scorer.trial(changing: position, to: candidate, from: baseline, responses: responses)
                } else {
                    var trial = responses
                    trial[question.id] = candidate
                    outcome = TrialOutcome(scorer.evaluate(trial, detailed: false))
                }
                lowest = min(lowest, outcome.need)
                highest = max(highest, outcome.need)
                if outcome.decision.prerequisiteID != nil { prerequisite = true }
                if outcome.decision.rating != baseRating {
                    ratings.insert(outcome.decision.rating)
                    bandsMoved += Self.bands(from: baseRating, to: outcome.decision.rating)
                    if forRangeOnly { ratingsSettled = true }
                }
                if findBlockers, !scorer.questionnaire.blockers.isEmpty {
                    // Only the blockers this answer can change need looking at (all of them on the plain road).
                    let among =
                        recheck
                        ?? (scorer.trialsAreIncremental
                            ? scorer.trialPlan.blockersToRecheck(at: position) : Array(scorer.questionnaire.blockers.indices))
                    recheck = among
                    let triggered = among.isEmpty ? [] : scorer.triggeredBlockerIDs(outcome.evaluator(), among: among)
                    for blocker in triggered where !baseBlockers.contains(blocker) && !blockers.contains(blocker) {
                        blockers.append(blocker)
                    }
                }
            }
            outcomes.append(
                Outcome(
                    question: question, isDontKnow: current == .unknown, needs: lowest...highest,
                    otherRatings: Rating.allCases.filter(ratings.contains), reachesPrerequisite: prerequisite, newBlockers: blockers,
                    expectedRatingChange: candidates.isEmpty ? 0 : Double(bandsMoved) / Double(candidates.count)))
        }
        (self.outcomes, isTried) = (outcomes, true)
    }

    /// Bands between two different ratings: the distance on not-yet to strong-fit, one to or from fully managed.
    static func bands(from old: Rating, to new: Rating) -> Int {
        let order: [Rating] = [.notYet, .possibleFit, .goodFit, .strongFit]
        guard let from = order.firstIndex(of: old), let to = order.firstIndex(of: new) else { return old == new ? 0 : 1 }
        return abs(to - from)
    }

    /// The lowest and highest need any single open answer leads to; nil when nothing was tried.
    var needs: ClosedRange<Int>? {
        guard let first = outcomes.first else { return nil }
        return outcomes.dropFirst().reduce(first.needs) {
            min($0.lowerBound, $1.needs.lowerBound)...max($0.upperBound, $1.needs.upperBound)
        }
    }

    /// Whether some single open answer would give another rating.
    var canChangeRating: Bool { outcomes.contains { !$0.otherRatings.isEmpty } }
}
