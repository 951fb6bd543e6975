/// What a questionnaire says in the printed summary beyond its questions: the summary's title, the end of
/// the rating key and the questionnaire's own paragraphs of the method. They are the questionnaire's, so
/// that a report on an MSP's own questionnaire speaks only of what that questionnaire asks.
public struct ReportTexts: Sendable, Equatable {
    /// The summary's title, such as `Co-managed IT readiness summary`; nil for the program's default.
    public let title: String?
    /// What the rating key says after the glyphs of the four fit ratings, such as when fully managed IT is
    /// the rating; nil for the program's default.
    public let ratingKey: String?
    /// Paragraphs of the method that speak of this questionnaire (its prerequisites, its split), printed
    /// after the paragraphs that explain the scoring every questionnaire shares.
    public let method: [String]

    /// The longest title, so that the running header of a printed page keeps to one line.
    static let maximumTitleLength = 80
    /// The longest rating key, and the longest paragraph of the method.
    static let maximumTextLength = 600
    /// The most paragraphs of the method.
    static let maximumMethodParagraphs = 8

    /// Creates the texts; without arguments, the program's defaults.
    init(title: String? = nil, ratingKey: String? = nil, method: [String] = []) {
        self.title = title
        self.ratingKey = ratingKey
        self.method = method
    }
}
