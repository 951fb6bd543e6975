/// A questionnaire as compact bytes: what the loader built, written field by field so it can be read back
/// without the YAML, the schema checks or the tree between them (a tenth of the instructions). Only a
/// questionnaire the loader accepted is ever written; the derived indexes are built again on reading, by
/// the same initializer the loader uses.
extension Questionnaire {
    /// The version of the layout below; a reader of another version refuses the bytes.
    public static let compiledFormat = 1

    /// The questionnaire as bytes for `init(compiled:)`.
    public var compiled: [UInt8] {
        var writer = BinaryWriter()
        writer.int(Self.compiledFormat)
        writer.string(id)
        writer.string(version)
        writer.string(title)
        writer.optional(summary) { $0.string($1) }
        writer.array(sections) { $0.section($1) }
        writer.array(signals) { $0.signal($1) }
        writer.scoring(scoring)
        writer.array(rating.prerequisites) { $0.prerequisite($1) }
        writer.array(rating.bands) { $0.band($1) }
        writer.array(blockers) { $0.blocker($1) }
        writer.array(areas) { $0.area($1) }
        writer.array(nextSteps) { $0.nextStep($1) }
        writer.splitPolicy(splitPolicy)
        writer.optional(report.title) { $0.string($1) }
        writer.optional(report.ratingKey) { $0.string($1) }
        writer.array(report.method) { $0.string($1) }
        return writer.bytes
    }

    /// The questionnaire `compiled` wrote; bytes of another format, damaged or with anything left over
    /// are refused.
    public init(compiled bytes: [UInt8]) throws(BinaryReader.Malformed) {
        var reader = BinaryReader(bytes)
        guard try reader.int() == Self.compiledFormat else { throw BinaryReader.Malformed() }
        let id = try reader.string()
        let version = try reader.string()
        let title = try reader.string()
        let summary = try reader.optional { reader throws(BinaryReader.Malformed) in try reader.string() }
        let sections = try reader.array { reader throws(BinaryReader.Malformed) in try reader.section() }
        let signals = try reader.array { reader throws(BinaryReader.Malformed) in try reader.signal() }
        let scoring = try reader.scoring()
        let prerequisites = try reader.array { reader throws(BinaryReader.Malformed) in try reader.prerequisite() }
        let bands = try reader.array { reader throws(BinaryReader.Malformed) in try reader.band() }
        let blockers = try reader.array { reader throws(BinaryReader.Malformed) in try reader.blocker() }
        let areas = try reader.array { reader throws(BinaryReader.Malformed) in try reader.area() }
        let nextSteps = try reader.array { reader throws(BinaryReader.Malformed) in try reader.nextStep() }
        let splitPolicy = try reader.splitPolicy()
        let reportTitle = try reader.optional { reader throws(BinaryReader.Malformed) in try reader.string() }
        let ratingKey = try reader.optional { reader throws(BinaryReader.Malformed) in try reader.string() }
        let method = try reader.array { reader throws(BinaryReader.Malformed) in try reader.string() }
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        self.init(
            id: id, version: version, title: title, summary: summary, sections: sections, signals: signals, scoring: scoring,
            rating: RatingRules(prerequisites: prerequisites, bands: bands), blockers: blockers, areas: areas, nextSteps: nextSteps,
            splitPolicy: splitPolicy, report: ReportTexts(title: reportTitle, ratingKey: ratingKey, method: method))
    }
}

extension BinaryWriter {
    fileprivate mutating func section(_ section: Section) {
        string(section.id)
        string(section.title)
        optional(section.intro) { $0.string($1) }
        optional(section.showIf) { $0.condition($1) }
        array(section.questions) { $0.question($1) }
    }

    fileprivate mutating func question(_ question: Question) {
        string(question.id)
        string(question.sectionID)
        string(question.title)
        switch question.kind {
        case .single(let options):
            tag(0)
            array(options) { $0.option($1) }
        case .multiple(let options):
            tag(1)
            array(options) { $0.option($1) }
        case .scale(let scale):
            tag(2)
            string(scale.lowLabel)
            string(scale.highLabel)
            dictionary(scale.points) { $0.array($1) { $0.int($1) } }
        case .number(let number):
            tag(3)
            int(number.minimum)
            int(number.maximum)
            optional(number.unit) { $0.string($1) }
            optional(number.unitOne) { $0.string($1) }
            array(number.bands) { writer, band in
                writer.int(band.atLeast)
                writer.points(band.points)
            }
        case .text:
            tag(4)
        }
        string(question.call.ask)
        array(question.call.listenFor) { $0.string($1) }
        string(question.selfVoice.ask)
        string(question.selfVoice.why)
        bool(question.allowsUnknown)
        bool(question.allowsNotApplicable)
        optional(question.showIf) { $0.condition($1) }
    }

    fileprivate mutating func option(_ option: AnswerOption) {
        string(option.id)
        string(option.label)
        points(option.points)
        bool(option.exclusive)
    }

    fileprivate mutating func points(_ points: SignalPoints) {
        dictionary(points) { $0.int($1) }
    }

    fileprivate mutating func signal(_ signal: Signal) {
        string(signal.id)
        string(signal.title)
        optional(signal.summary) { $0.string($1) }
        int(signal.weight)
        optional(signal.criticalAt) { $0.int($1) }
        array(signal.talkingPoints) { $0.string($1) }
    }

    fileprivate mutating func scoring(_ scoring: ScoringSettings) {
        int(scoring.moderateAt)
        int(scoring.highAt)
        int(scoring.criticalFloor)
        int(scoring.highConfidenceWidth)
        int(scoring.mediumConfidenceWidth)
        string(scoring.semantics.choices.rawValue)
        string(scoring.semantics.seriousAnswers.rawValue)
        dictionary(scoring.semantics.criticalFrom) { $0.string($1) }
    }

    fileprivate mutating func prerequisite(_ prerequisite: Prerequisite) {
        string(prerequisite.id)
        condition(prerequisite.when)
        string(prerequisite.rating.rawValue)
        string(prerequisite.reason)
    }

    fileprivate mutating func band(_ band: RatingBand) {
        string(band.rating.rawValue)
        int(band.minimum)
        int(band.maximum)
        string(band.reason)
    }

    fileprivate mutating func blocker(_ blocker: Blocker) {
        string(blocker.id)
        condition(blocker.when)
        string(blocker.title)
        string(blocker.explanation)
        optional(blocker.step) { $0.string($1) }
    }

    fileprivate mutating func area(_ area: Area) {
        string(area.id)
        string(area.title)
        string(area.owner.rawValue)
        optional(area.lead) { $0.string($1.rawValue) }
        string(area.phase.rawValue)
        string(area.reason)
        array(area.requires) { $0.string($1) }
        array(area.rules) { $0.splitRule($1) }
        array(area.addresses) { $0.string($1) }
        array(area.exceptions) { $0.splitRule($1) }
    }

    fileprivate mutating func splitRule(_ rule: SplitRule) {
        condition(rule.when)
        optional(rule.owner) { $0.string($1.rawValue) }
        optional(rule.lead) { $0.string($1.rawValue) }
        optional(rule.phase) { $0.string($1.rawValue) }
        optional(rule.reason) { $0.string($1) }
        int(rule.location.line)
        int(rule.location.column)
        int(rule.location.file)
    }

    fileprivate mutating func splitPolicy(_ policy: SplitPolicy) {
        string(policy.strongest.level.rawValue)
        int(policy.strongest.count)
        int(policy.strongest.countOnPossibleFit)
        array(policy.rules) { $0.splitRule($1) }
        string(policy.reasons.rawValue)
    }

    fileprivate mutating func nextStep(_ step: NextStep) {
        string(step.id)
        optional(step.when) { $0.condition($1) }
        string(step.text)
        string(step.audience.rawValue)
    }

    fileprivate mutating func condition(_ condition: Condition) {
        switch condition {
        case .all(let items):
            tag(0)
            array(items) { $0.condition($1) }
        case .any(let items):
            tag(1)
            array(items) { $0.condition($1) }
        case .not(let inner):
            tag(2)
            self.condition(inner)
        case .answer(let question, let test):
            tag(3)
            string(question)
            answerTest(test)
        case .signal(let id, let test):
            tag(4)
            string(id)
            signalTest(test)
        case .need(let atLeast, let atMost):
            tag(5)
            optional(atLeast) { $0.int($1) }
            optional(atMost) { $0.int($1) }
        case .rating(let ratings):
            tag(6)
            array(ratings) { $0.string($1.rawValue) }
        case .named(let name, let inner):
            tag(7)
            string(name)
            self.condition(inner)
        case .strongest(let signal):
            tag(8)
            string(signal)
        case .addresses(let test):
            tag(9)
            optional(test) { $0.signalTest($1) }
        case .split(let area, let test):
            tag(10)
            string(area)
            switch test {
            case .owner(let owners):
                tag(0)
                array(owners) { $0.string($1.rawValue) }
            case .phase(let phases):
                tag(1)
                array(phases) { $0.string($1.rawValue) }
            }
        }
    }

    fileprivate mutating func answerTest(_ test: AnswerTest) {
        switch test {
        case .isOneOf(let ids):
            tag(0)
            array(ids) { $0.string($1) }
        case .includesAny(let ids):
            tag(1)
            array(ids) { $0.string($1) }
        case .atLeast(let value):
            tag(2)
            int(value)
        case .atMost(let value):
            tag(3)
            int(value)
        case .answered: tag(4)
        case .unknown: tag(5)
        case .notApplicable: tag(6)
        }
    }

    fileprivate mutating func signalTest(_ test: SignalTest) {
        switch test {
        case .atLeast(let value):
            tag(0)
            int(value)
        case .levelAtLeast(let level):
            tag(1)
            string(level.rawValue)
        case .rankAtMost(let value):
            tag(2)
            int(value)
        }
    }
}

/// The readers mirror the writers above, in the same order.
extension BinaryReader {
    /// How deep conditions may nest in compiled bytes: the loader allows 32 levels of `all`, `any` and
    /// `not`, and a named condition adds one; deeper is damage, refused before it can exhaust the stack.
    private static let maximumConditionDepth = 80

    fileprivate mutating func text() throws(Malformed) -> String { try string() }

    fileprivate mutating func optionalText() throws(Malformed) -> String? {
        try optional { reader throws(Malformed) in try reader.string() }
    }

    fileprivate mutating func texts() throws(Malformed) -> [String] {
        try array { reader throws(Malformed) in try reader.string() }
    }

    fileprivate mutating func ints() throws(Malformed) -> [Int] {
        try array { reader throws(Malformed) in try reader.int() }
    }

    fileprivate mutating func optionalInt() throws(Malformed) -> Int? {
        try optional { reader throws(Malformed) in try reader.int() }
    }

    fileprivate mutating func section() throws(Malformed) -> Section {
        Section(
            id: try text(), title: try text(), intro: try optionalText(),
            showIf: try optional { reader throws(Malformed) in try reader.condition(depth: 0) },
            questions: try array { reader throws(Malformed) in try reader.question() })
    }

    fileprivate mutating func question() throws(Malformed) -> Question {
        let id = try text()
        let sectionID = try text()
        let title = try text()
        let kind: AnswerKind
        switch try tag() {
        case 0: kind = .single(try array { reader throws(Malformed) in try reader.option() })
        case 1: kind = .multiple(try array { reader throws(Malformed) in try reader.option() })
        case 2:
            kind = .scale(
                Scale(
                    lowLabel: try text(), highLabel: try text(),
                    points: try dictionary { reader throws(Malformed) in try reader.ints() }))
        case 3:
            kind = .number(
                NumberSpec(
                    minimum: try int(), maximum: try int(), unit: try optionalText(), unitOne: try optionalText(),
                    bands: try array { reader throws(Malformed) in NumberBand(atLeast: try reader.int(), points: try reader.points()) }))
        case 4: kind = .text
        default: throw Malformed()
        }
        return Question(
            id: id, sectionID: sectionID, title: title, kind: kind, call: CallVoice(ask: try text(), listenFor: try texts()),
            selfVoice: SelfVoice(ask: try text(), why: try text()), allowsUnknown: try bool(), allowsNotApplicable: try bool(),
            showIf: try optional { reader throws(Malformed) in try reader.condition(depth: 0) })
    }

    fileprivate mutating func option() throws(Malformed) -> AnswerOption {
        AnswerOption(id: try text(), label: try text(), points: try points(), exclusive: try bool())
    }

    fileprivate mutating func points() throws(Malformed) -> SignalPoints {
        try dictionary { reader throws(Malformed) in try reader.int() }
    }

    fileprivate mutating func signal() throws(Malformed) -> Signal {
        Signal(
            id: try text(), title: try text(), summary: try optionalText(), weight: try int(), criticalAt: try optionalInt(),
            talkingPoints: try texts())
    }

    fileprivate mutating func scoring() throws(Malformed) -> ScoringSettings {
        ScoringSettings(
            moderateAt: try int(), highAt: try int(), criticalFloor: try int(), highConfidenceWidth: try int(),
            mediumConfidenceWidth: try int(),
            semantics: ScoringSemantics(
                choices: try raw(ScoringSemantics.Choices.self), seriousAnswers: try raw(ScoringSemantics.SeriousAnswers.self),
                criticalFrom: try dictionary { reader throws(Malformed) in try reader.string() }))
    }

    fileprivate mutating func prerequisite() throws(Malformed) -> Prerequisite {
        Prerequisite(id: try text(), when: try condition(depth: 0), rating: try raw(Rating.self), reason: try text())
    }

    fileprivate mutating func band() throws(Malformed) -> RatingBand {
        RatingBand(rating: try raw(Rating.self), minimum: try int(), maximum: try int(), reason: try text())
    }

    fileprivate mutating func blocker() throws(Malformed) -> Blocker {
        Blocker(id: try text(), when: try condition(depth: 0), title: try text(), explanation: try text(), step: try optionalText())
    }

    fileprivate mutating func area() throws(Malformed) -> Area {
        Area(
            id: try text(), title: try text(), owner: try raw(Owner.self),
            lead: try optional { reader throws(Malformed) in try reader.raw(Lead.self) }, phase: try raw(Phase.self),
            reason: try text(), requires: try texts(), rules: try array { reader throws(Malformed) in try reader.splitRule() },
            addresses: try texts(), exceptions: try array { reader throws(Malformed) in try reader.splitRule() })
    }

    fileprivate mutating func splitRule() throws(Malformed) -> SplitRule {
        SplitRule(
            when: try condition(depth: 0), owner: try optional { reader throws(Malformed) in try reader.raw(Owner.self) },
            lead: try optional { reader throws(Malformed) in try reader.raw(Lead.self) },
            phase: try optional { reader throws(Malformed) in try reader.raw(Phase.self) }, reason: try optionalText(),
            location: SourceLocation(line: try int(), column: try int(), file: try int()))
    }

    fileprivate mutating func splitPolicy() throws(Malformed) -> SplitPolicy {
        SplitPolicy(
            strongest: SplitPolicy.Strongest(level: try raw(SignalLevel.self), count: try int(), countOnPossibleFit: try int()),
            rules: try array { reader throws(Malformed) in try reader.splitRule() }, reasons: try raw(SplitPolicy.Reasons.self))
    }

    fileprivate mutating func nextStep() throws(Malformed) -> NextStep {
        NextStep(
            id: try text(), when: try optional { reader throws(Malformed) in try reader.condition(depth: 0) }, text: try text(),
            audience: try raw(Audience.self))
    }

    fileprivate mutating func condition(depth: Int) throws(Malformed) -> Condition {
        guard depth < Self.maximumConditionDepth else { throw Malformed() }
        let inner = { (reader: inout BinaryReader) throws(Malformed) -> Condition in try reader.condition(depth: depth + 1) }
        switch try tag() {
        case 0: return .all(try array(inner))
        case 1: return .any(try array(inner))
        case 2: return .not(try inner(&self))
        case 3: return .answer(question: try text(), test: try answerTest())
        case 4: return .signal(id: try text(), test: try signalTest())
        case 5: return .need(atLeast: try optionalInt(), atMost: try optionalInt())
        case 6: return .rating(try array { reader throws(Malformed) in try reader.raw(Rating.self) })
        case 7: return .named(try text(), try inner(&self))
        case 8: return .strongest(signal: try text())
        case 9: return .addresses(try optional { reader throws(Malformed) in try reader.signalTest() })
        case 10:
            let area = try text()
            switch try tag() {
            case 0: return .split(area: area, test: .owner(try array { reader throws(Malformed) in try reader.raw(Owner.self) }))
            case 1: return .split(area: area, test: .phase(try array { reader throws(Malformed) in try reader.raw(Phase.self) }))
            default: throw Malformed()
            }
        default: throw Malformed()
        }
    }

    fileprivate mutating func answerTest() throws(Malformed) -> AnswerTest {
        switch try tag() {
        case 0: .isOneOf(try texts())
        case 1: .includesAny(try texts())
        case 2: .atLeast(try int())
        case 3: .atMost(try int())
        case 4: .answered
        case 5: .unknown
        case 6: .notApplicable
        default: throw Malformed()
        }
    }

    fileprivate mutating func signalTest() throws(Malformed) -> SignalTest {
        switch try tag() {
        case 0: .atLeast(try int())
        case 1: .levelAtLeast(try raw(SignalLevel.self))
        case 2: .rankAtMost(try int())
        default: throw Malformed()
        }
    }
}
