/// One question, in both voices, with what each possible answer contributes.
public struct Question: Sendable {
    /// The question's fields, behind one reference: scoring passes questions around by the hundred, and a
    /// copy of a reference costs one retain where a copy of every field cost a dozen.
    private let storage: Storage

    /// The question id, the key of its answer in assessment files.
    public var id: String { storage.id }
    /// The id of the section it belongs to.
    public var sectionID: String { storage.sectionID }
    /// A short title for lists, reports and citations ("After-hours coverage").
    public var title: String { storage.title }
    /// What kind of answer it takes, with the details of that kind.
    public var kind: AnswerKind { storage.kind }
    /// The interviewer's phrasing and what to listen for (call mode).
    public var call: CallVoice { storage.call }
    /// The first-person phrasing and why it matters (self mode).
    public var selfVoice: SelfVoice { storage.selfVoice }
    /// Whether "don't know" is accepted.
    public var allowsUnknown: Bool { storage.allowsUnknown }
    /// Whether "not applicable" is accepted.
    public var allowsNotApplicable: Bool { storage.allowsNotApplicable }
    /// When present, the question is shown only when this holds.
    public var showIf: Condition? { storage.showIf }

    /// The fields, never changed after loading.
    private final class Storage: Sendable {
        let id: String
        let sectionID: String
        let title: String
        let kind: AnswerKind
        let call: CallVoice
        let selfVoice: SelfVoice
        let allowsUnknown: Bool
        let allowsNotApplicable: Bool
        let showIf: Condition?

        init(
            id: String, sectionID: String, title: String, kind: AnswerKind, call: CallVoice, selfVoice: SelfVoice,
            allowsUnknown: Bool, allowsNotApplicable: Bool, showIf: Condition?
        ) {
            self.id = id
            self.sectionID = sectionID
            self.title = title
            self.kind = kind
            self.call = call
            self.selfVoice = selfVoice
            self.allowsUnknown = allowsUnknown
            self.allowsNotApplicable = allowsNotApplicable
            self.showIf = showIf
        }
    }

    /// Creates a question.
    init(
        id: String, sectionID: String, title: String, kind: AnswerKind, call: CallVoice, selfVoice: SelfVoice,
        allowsUnknown: Bool, allowsNotApplicable: Bool, showIf: Condition?
    ) {
        storage = Storage(
            id: id, sectionID: sectionID, title: title, kind: kind, call: call, selfVoice: selfVoice, allowsUnknown: allowsUnknown,
            allowsNotApplicable: allowsNotApplicable, showIf: showIf)
    }

    /// The options of a single or multiple choice question; empty for other kinds.
    public var options: [AnswerOption] {
        switch kind {
        case .single(let options), .multiple(let options): options
        default: []
        }
    }

    /// The position among `options` of a single choice's option (nil for any other response, or an id no
    /// option has): the option `option(_:)` finds.
    func position(ofOption response: Response) -> Int? {
        guard case .choice(let id) = response else { return nil }
        let options = self.options
        return options.indices.first { options[$0].id == id }
    }

    /// The option with this id.
    public func option(_ id: String) -> AnswerOption? {
        // By position: comparing ids in place rather than copying every option to test it.
        let options = self.options
        for index in options.indices where options[index].id == id { return options[index] }
        return nil
    }
}

/// The interviewer's voice: a question to say aloud and cues to listen for.
public struct CallVoice: Sendable {
    /// The question as a sales engineer would ask it.
    public let ask: String
    /// What in the answer tells you most.
    public let listenFor: [String]

    /// Creates the voice.
    init(ask: String, listenFor: [String]) {
        self.ask = ask
        self.listenFor = listenFor
    }
}

/// The self-assessment voice: a first-person question and why it matters.
public struct SelfVoice: Sendable {
    /// The question as an admin would ask themselves.
    public let ask: String
    /// Why the answer matters, from the guide.
    public let why: String

    /// Creates the voice.
    init(ask: String, why: String) {
        self.ask = ask
        self.why = why
    }
}

/// What kind of answer a question takes.
public enum AnswerKind: Sendable {
    case single([AnswerOption])
    case multiple([AnswerOption])
    case scale(Scale)
    case number(NumberSpec)
    case text

    /// The kind's name as written in YAML.
    public var name: String {
        switch self {
        case .single: "single"
        case .multiple: "multiple"
        case .scale: "scale"
        case .number: "number"
        case .text: "text"
        }
    }
}

/// One answer option and the points it adds to signals.
public struct AnswerOption: Sendable {
    /// The option id, stored in assessment files.
    public let id: String
    /// The label shown to people.
    public let label: String
    /// Points added to signals when chosen.
    public let points: SignalPoints
    /// In multiple choice: chosen alone (such as "none of these").
    public let exclusive: Bool

    /// Creates an option.
    init(id: String, label: String, points: SignalPoints, exclusive: Bool) {
        self.id = id
        self.label = label
        self.points = points
        self.exclusive = exclusive
    }
}

/// A 1 to 5 scale with labelled ends and points for each of the five values.
public struct Scale: Sendable {
    /// What 1 means.
    public let lowLabel: String
    /// What 5 means.
    public let highLabel: String
    /// For each signal, the points for values 1 to 5.
    public let points: [String: [Int]]

    /// Creates a scale.
    init(lowLabel: String, highLabel: String, points: [String: [Int]]) {
        self.lowLabel = lowLabel
        self.highLabel = highLabel
        self.points = points
    }

    /// The values a scale accepts.
    public static let values = 1...5
}

/// A whole-number question (people, sites) with bounds and optional scoring bands.
public struct NumberSpec: Sendable {
    /// The smallest accepted value.
    public let minimum: Int
    /// The largest accepted value.
    public let maximum: Int
    /// The unit shown after the number ("people").
    public let unit: String?
    /// The unit after the number 1 ("person"); the plural unit when not given.
    let unitOne: String?
    /// Bands in ascending order; the last band whose `atLeast` the answer reaches gives the points.
    public let bands: [NumberBand]

    /// Creates the spec.
    init(minimum: Int, maximum: Int, unit: String?, unitOne: String? = nil, bands: [NumberBand]) {
        self.unitOne = unitOne
        self.minimum = minimum
        self.maximum = maximum
        self.unit = unit
        self.bands = bands
    }

    /// The number with its unit: "1 site", "12 sites".
    public func describe(_ value: Int) -> String {
        guard let unit else { return String(value) }
        return "\(value) \(value == 1 ? unitOne ?? unit : unit)"
    }

    /// The band an answer falls in.
    public func band(for value: Int) -> NumberBand? {
        bands.last { value >= $0.atLeast }
    }
}

/// Points given to a number answer of at least a value.
public struct NumberBand: Sendable {
    /// The smallest answer in the band.
    public let atLeast: Int
    /// Points added to signals.
    public let points: SignalPoints

    /// Creates a band.
    init(atLeast: Int, points: SignalPoints) {
        self.atLeast = atLeast
        self.points = points
    }
}
