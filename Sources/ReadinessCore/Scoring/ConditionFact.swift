/// One fact behind a condition that holds, kept as positions and numbers while the condition is
/// evaluated: most conditions do not hold, so their facts are put in words (`ConditionFact.sentences`)
/// only once the whole condition is known to hold, and the condition is evaluated once.
enum ConditionFact {
    /// The answer of the question at a position: "After-hours coverage: nobody".
    case answer(question: Int)
    /// The signal at a position at its level ("high") or its rank ("the strongest signal").
    case signal(Int, Predicate)
    /// "need is 64/100".
    case need(Int)
    /// "rating is possible-fit".
    case rating(Rating)
    /// The split row of the area at a position: "Monitoring and alerting is partner, now".
    case split(area: Int)

    /// What a fact about a signal says of it.
    enum Predicate: Equatable {
        case level(SignalLevel)
        case rank(Int)

        /// The predicate in words: "high", "the strongest signal", "the second strongest signal".
        var words: String {
            switch self {
            case .level(let level): level.rawValue
            case .rank(1): "the strongest signal"
            case .rank(let rank): "the \(ConditionFact.ordinal(rank)) strongest signal"
            }
        }

        /// The length of `words` in UTF-8 bytes.
        var length: Int {
            switch self {
            case .level(let level): level.rawValue.utf8.count
            case .rank(1): 20  // "the strongest signal"
            // "the " and " strongest signal" around the ordinal.
            case .rank(let rank): 21 + (2...4 ~= rank ? ConditionFact.ordinal(rank).utf8.count : ReasonWriter.length(of: rank) + 2)
            }
        }

        /// Writes `words`.
        func write(into writer: inout ReasonWriter) {
            switch self {
            case .level(let level): writer.write(level.rawValue)
            case .rank(1): writer.write("the strongest signal")
            case .rank(let rank):
                writer.write("the ")
                switch rank {
                case 2: writer.write("second")
                case 3: writer.write("third")
                case 4: writer.write("fourth")
                default:
                    writer.write(rank)
                    writer.write("th")
                }
                writer.write(" strongest signal")
            }
        }
    }

    /// The facts in words, in order, each once, those about one signal joined; `context` is the one the
    /// facts were found in.
    static func sentences(_ facts: [ConditionFact], questionnaire: Questionnaire, context: ConditionContext) -> [String] {
        entries(facts, questionnaire: questionnaire, context: context).map(\.written)
    }

    /// A rule's words with the facts behind it, as the split writes a reason: "Words (fact; fact)", or the
    /// words alone without facts. The same sentences as `sentences` gives, written straight into one string:
    /// a score writes a dozen of these.
    static func reason(_ words: String, facts: [ConditionFact], questionnaire: Questionnaire, context: ConditionContext) -> String {
        guard !facts.isEmpty else { return words }
        let entries = entries(facts, questionnaire: questionnaire, context: context)
        let length = words.utf8.count + 3 + entries.reduce(0) { $0 + $1.length } + 2 * (entries.count - 1)
        return ReasonText.write(length: length) { writer in
            writer.write(words)
            writer.write(" (")
            for (index, entry) in entries.enumerated() {
                if index > 0 { writer.write("; ") }
                entry.write(into: &writer)
            }
            writer.write(")")
        }
    }

    /// The facts as sentences' parts, in order, each once, those about one signal joined into one sentence
    /// with each predicate once. Usually one to three facts: comparing them beats hashing.
    private static func entries(_ facts: [ConditionFact], questionnaire: Questionnaire, context: ConditionContext) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(facts.count)
        for fact in facts {
            let entry = fact.entry(questionnaire: questionnaire, context: context)
            if case .signal(let title, let score, let predicate, _) = entry {
                if let index = entries.firstIndex(where: { $0.isSignal(title: title, score: score) }) {
                    entries[index].add(predicate)
                } else {
                    entries.append(entry)
                }
            } else if !entries.contains(where: { $0.sameSentence(as: entry) }) {
                entries.append(entry)
            }
        }
        return entries
    }

    /// One sentence of a reason before it is written: its parts, so that its length is known first.
    private enum Entry {
        case answer(title: String, answer: String)
        /// "need is 64/100", written without a string of its own.
        case need(Int)
        /// "rating is possible-fit", written without a string of its own.
        case rating(Rating)
        case text(String)
        /// A signal's title, score and what is said of it (`first`, then `more`, each once: two predicates
        /// read the same exactly when they are equal).
        case signal(title: String, score: Int, first: Predicate, more: [Predicate])

        func isSignal(title: String, score: Int) -> Bool {
            if case .signal(let other, let otherScore, _, _) = self { return otherScore == score && other == title }
            return false
        }

        /// Adds a predicate to a signal's sentence unless it says it already.
        mutating func add(_ predicate: Predicate) {
            guard case .signal(let title, let score, let first, var more) = self, first != predicate, !more.contains(predicate)
            else { return }
            more.append(predicate)
            self = .signal(title: title, score: score, first: first, more: more)
        }

        /// Whether two sentences (neither about a signal) read the same.
        func sameSentence(as other: Entry) -> Bool {
            if case .answer(let title, let answer) = self, case .answer(let otherTitle, let otherAnswer) = other,
                title == otherTitle && answer == otherAnswer
            {
                return true
            }
            if case .signal = self { return false }
            if case .rating(let rating) = self, case .rating(let otherRating) = other { return rating == otherRating }
            if case .need(let need) = self, case .need(let otherNeed) = other { return need == otherNeed }
            return length == other.length && written == other.written
        }

        /// The sentence's length in UTF-8 bytes.
        var length: Int {
            switch self {
            case .answer(let title, let answer): return title.utf8.count + 2 + answer.utf8.count
            case .need(let need): return 8 + ReasonWriter.length(of: need) + 4
            case .rating(let rating): return 10 + rating.rawValue.utf8.count
            case .text(let text): return text.utf8.count
            case .signal(let title, let score, let first, let more):
                return title.utf8.count + 4 + first.length + more.reduce(0) { $0 + 5 + $1.length } + 2
                    + ReasonWriter.length(of: score) + 5
            }
        }

        /// The sentence on its own.
        var written: String {
            ReasonText.write(length: length) { write(into: &$0) }
        }

        func write(into writer: inout ReasonWriter) {
            switch self {
            case .answer(let title, let answer):
                writer.write(title)
                writer.write(": ")
                writer.write(answer)
            case .need(let need):
                writer.write("need is ")
                writer.write(need)
                writer.write("/100")
            case .rating(let rating):
                writer.write("rating is ")
                writer.write(rating.rawValue)
            case .text(let sentence):
                writer.write(sentence)
            case .signal(let title, let score, let first, let more):
                writer.write(title)
                writer.write(" is ")
                first.write(into: &writer)
                for predicate in more {
                    writer.write(" and ")
                    predicate.write(into: &writer)
                }
                writer.write(" (")
                writer.write(score)
                writer.write("/100)")
            }
        }
    }

    /// The fact as a sentence's parts, read from the context it was found in.
    private func entry(questionnaire: Questionnaire, context: ConditionContext) -> Entry {
        switch self {
        case .answer(let position):
            let (title, answer) = Self.answer(position, questionnaire: questionnaire, context: context)
            return .answer(title: title, answer: answer)
        case .signal(let position, let predicate):
            let signal = context.signals[position]
            return .signal(title: signal.title, score: signal.score ?? 0, first: predicate, more: [])
        case .need(let need):
            return .need(need)
        case .rating(let rating):
            return .rating(rating)
        case .split(let area):
            let row = context.splitRows![area]
            return .text("\(row.title) is \(row.owner.rawValue), \(row.phase.rawValue)")
        }
    }

    /// The title and the answer in words of the question at a position.
    private static func answer(_ position: Int, questionnaire: Questionnaire, context: ConditionContext) -> (String, String) {
        let question = questionnaire.questions[position]
        let response = context.response(position)
        // Typed text stays out of reasons: it may be private, and reports redact it.
        let answer = question.kind.name == "text" && response?.isKnown == true ? "answered" : AnswerText.describe(response, for: question)
        return (question.title, answer)
    }

    /// "second", "third", "fourth", then "5th" and on: for "the second strongest signal".
    static func ordinal(_ number: Int) -> String {
        switch number {
        case 2: "second"
        case 3: "third"
        case 4: "fourth"
        default: "\(number)th"
        }
    }
}
