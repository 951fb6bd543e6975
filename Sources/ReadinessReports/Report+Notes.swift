import ReadinessCore

/// What the assessor brought beyond the answers: notes, typed answers and talking points.
extension Report {
    /// A note typed during the interview, with its question.
    public struct Note: Sendable, Equatable {
        /// The question's id.
        let questionID: String
        /// The question's title.
        let questionTitle: String
        /// The note.
        public let text: String
        /// Whether the assessor marked it to share with the customer.
        let isShared: Bool
    }

    /// A free-text answer, with its question.
    public struct TextAnswer: Sendable, Equatable {
        /// The question's id.
        let questionID: String
        /// The question's title.
        let questionTitle: String
        /// What was typed.
        public let text: String
    }

    /// Talking points for one strong signal.
    public struct TalkingPoints: Sendable, Equatable {
        /// The signal's title.
        let signalTitle: String
        /// The points.
        let points: [String]
    }
}
