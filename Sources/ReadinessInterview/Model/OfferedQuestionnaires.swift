import ReadinessCore

/// The questionnaires a new assessment can start with, in the order offered (the default first): each
/// known at once by its id and title, and read whole only when it is needed, to start an assessment with
/// it or to continue one into it.
///
/// Reading and checking a questionnaire costs far more than drawing a screen, so the start screen (which
/// shows only titles) and an interview resumed at a question (which needs only its own questionnaire)
/// read none of these before their first frame.
public struct OfferedQuestionnaires: Sendable {
    /// One questionnaire as the start screen shows it.
    public struct Choice: Sendable, Equatable {
        /// Its id.
        public let id: String
        /// Its title.
        public let title: String

        /// Creates a choice.
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// What is offered, in order.
    public let choices: [Choice]
    /// Reads the questionnaire of the choice at an index, or nil when it cannot be used. The caller keeps
    /// what it read (a file is read once), so asking again costs nothing.
    private let read: @Sendable (Int) -> Questionnaire?

    /// Questionnaires known by id and title, each read by `read` when first needed; `read` must give the
    /// same answer every time it is asked.
    public init(choices: [Choice], read: @escaping @Sendable (Int) -> Questionnaire?) {
        self.choices = choices
        self.read = read
    }

    /// Questionnaires already read.
    public init(_ questionnaires: [Questionnaire]) {
        choices = questionnaires.map { Choice(id: $0.id, title: $0.title) }
        read = { questionnaires[$0] }
    }

    /// How many are offered.
    public var count: Int { choices.count }

    /// The questionnaire at `index`, read now if it has not been; nil when it cannot be used (its file
    /// does not load: `readiness validate` says why).
    public func questionnaire(at index: Int) -> Questionnaire? {
        choices.indices.contains(index) ? read(index) : nil
    }

    /// Every offered questionnaire that can be used, in order; reads those not read yet.
    public var usable: [Questionnaire] {
        choices.indices.compactMap(questionnaire(at:))
    }
}
