/// A questionnaire as loaded from YAML: questions, the signals they feed, and the rules that turn answers into a result.
///
/// Everything the engine knows about co-managed IT comes from here, so an MSP can write a new
/// questionnaire without touching code.
public struct Questionnaire: Sendable {
    /// Everything below, behind one reference: the engine keeps the questionnaire in many small values
    /// (evaluators, scorers, builders), and copying one reference is one retain where copying every field
    /// was a dozen and more.
    private let storage: Storage

    /// The stable id assessments refer to, such as `co-managed-readiness`.
    public var id: String { storage.id }
    /// The version, recorded in every assessment so an old one can be re-scored and its version shown.
    public var version: String { storage.version }
    /// The title shown to people.
    public var title: String { storage.title }
    /// A sentence on what the questionnaire is for.
    public var summary: String? { storage.summary }
    /// Sections in order.
    public var sections: [Section] { storage.sections }
    /// Every question in order, across sections.
    public var questions: [Question] { storage.questions }
    /// The signals answers feed.
    public var signals: [Signal] { storage.signals }
    /// Thresholds for levels, the critical floor and confidence.
    public var scoring: ScoringSettings { storage.scoring }
    /// How the rating is decided.
    public var rating: RatingRules { storage.rating }
    /// Conditions reported first, whatever the score says.
    public var blockers: [Blocker] { storage.blockers }
    /// The responsibility areas of the split.
    public var areas: [Area] { storage.areas }
    /// Next steps that apply when their conditions hold.
    public var nextSteps: [NextStep] { storage.nextSteps }
    /// The split's general rules, stated once.
    var splitPolicy: SplitPolicy { storage.splitPolicy }
    /// What the printed summary says that is the questionnaire's: its title, rating key and method.
    public var report: ReportTexts { storage.report }

    private var questionIndex: [String: Int] { storage.questionIndex }
    private var signalIndex: [String: Int] { storage.signalIndex }
    private var sectionIndex: [String: Int] { storage.sectionIndex }
    /// Every condition with its names resolved to positions, for scoring.
    var conditions: ConditionIndex { storage.conditions }

    /// The fields, never changed after loading.
    private final class Storage: Sendable {
        let id: String
        let version: String
        let title: String
        let summary: String?
        let sections: [Section]
        let questions: [Question]
        let signals: [Signal]
        let scoring: ScoringSettings
        let rating: RatingRules
        let blockers: [Blocker]
        let areas: [Area]
        let nextSteps: [NextStep]
        let splitPolicy: SplitPolicy
        let report: ReportTexts
        let questionIndex: [String: Int]
        let signalIndex: [String: Int]
        let sectionIndex: [String: Int]
        let conditions: ConditionIndex

        init(
            id: String, version: String, title: String, summary: String?, sections: [Section],
            signals: [Signal], scoring: ScoringSettings, rating: RatingRules, blockers: [Blocker],
            areas: [Area], nextSteps: [NextStep], splitPolicy: SplitPolicy, report: ReportTexts
        ) {
            self.splitPolicy = splitPolicy
            self.report = report
            self.id = id
            self.version = version
            self.title = title
            self.summary = summary
            self.sections = sections
            self.questions = sections.flatMap(\.questions)
            self.signals = signals
            self.scoring = scoring
            self.rating = rating
            self.blockers = blockers
            self.areas = areas
            self.nextSteps = nextSteps
            questionIndex = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            signalIndex = Dictionary(signals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            sectionIndex = Dictionary(sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            conditions = ConditionIndex(
                sections: sections, questions: questions, questionIndex: questionIndex, signalIndex: signalIndex, blockers: blockers,
                rating: rating, areas: areas, splitPolicy: splitPolicy, nextSteps: nextSteps)
        }
    }

    /// Creates a questionnaire; the loader checks consistency before calling this.
    init(
        id: String, version: String, title: String, summary: String?, sections: [Section],
        signals: [Signal], scoring: ScoringSettings, rating: RatingRules, blockers: [Blocker],
        areas: [Area], nextSteps: [NextStep], splitPolicy: SplitPolicy = SplitPolicy(), report: ReportTexts = ReportTexts()
    ) {
        storage = Storage(
            id: id, version: version, title: title, summary: summary, sections: sections, signals: signals, scoring: scoring,
            rating: rating, blockers: blockers, areas: areas, nextSteps: nextSteps, splitPolicy: splitPolicy, report: report)
    }

    /// The question with this id.
    public func question(_ id: String) -> Question? { questionIndex[id].map { questions[$0] } }

    /// The position of a question in the flattened order.
    public func position(ofQuestion id: String) -> Int? { questionIndex[id] }

    /// The signal with this id.
    public func signal(_ id: String) -> Signal? { signalIndex[id].map { signals[$0] } }

    /// The position of a signal in the questionnaire's order.
    public func position(ofSignal id: String) -> Int? { signalIndex[id] }

    /// The position of a section.
    public func position(ofSection id: String) -> Int? { sectionIndex[id] }

    /// The area with this id.
    func area(_ id: String) -> Area? { areas.first { $0.id == id } }
}

/// A group of questions shown together, possibly only when a condition holds.
public struct Section: Sendable {
    /// The section id.
    public let id: String
    /// The title shown above its questions.
    public let title: String
    /// An optional sentence introducing the section.
    let intro: String?
    /// When present, the section is shown only when this holds.
    public let showIf: Condition?
    /// The questions in order.
    public let questions: [Question]

    /// Creates a section.
    init(id: String, title: String, intro: String?, showIf: Condition?, questions: [Question]) {
        self.id = id
        self.title = title
        self.intro = intro
        self.showIf = showIf
        self.questions = questions
    }
}

/// How much a response adds to each signal, in points (0 to `Signal.maximumPoints`).
public typealias SignalPoints = [String: Int]
