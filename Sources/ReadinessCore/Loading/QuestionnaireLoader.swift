/// Loads a questionnaire from YAML and checks it, reporting every problem at once with its location.
public enum QuestionnaireLoader {
    /// The questionnaire in a file, or every problem that stops it from being used. `includes` reads the
    /// files it includes; without it, a file with `include:` is refused.
    public static func load(_ file: SourceFile, includes: IncludeReader? = nil) throws(DiagnosticsError) -> Questionnaire {
        let check = check(file, includes: includes)
        guard let questionnaire = check.questionnaire, !check.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(file: file, includedFiles: Array(check.files.dropFirst()), diagnostics: check.diagnostics)
        }
        return questionnaire
    }

    /// Reads a file and returns whatever could be built together with every diagnostic, in file order.
    public static func diagnose(_ file: SourceFile, includes: IncludeReader? = nil) -> (Questionnaire?, [Diagnostic]) {
        let check = check(file, includes: includes)
        return (check.questionnaire, check.diagnostics)
    }

    /// What reading a questionnaire found: the questionnaire when it could be built, every diagnostic, and
    /// every file read (the questionnaire first, then what it includes: a location's `file` indexes this).
    public struct Check: Sendable {
        /// The questionnaire, when there is no error.
        public let questionnaire: Questionnaire?
        /// Every problem, in file order.
        public let diagnostics: [Diagnostic]
        /// The files read, for rendering the diagnostics (`DiagnosticRenderer.render(_:in:)`).
        public let files: [SourceFile]
    }

    /// Reads a file and the files it includes.
    public static func check(_ file: SourceFile, includes: IncludeReader? = nil) -> Check {
        var syntax = DiagnosticLog()
        guard let parsed = YAMLReader.read(file, into: &syntax) else {
            return Check(questionnaire: nil, diagnostics: syntax.sorted, files: [file])
        }
        var expansion = QuestionnaireIncludes(main: file, read: includes)
        let root = expansion.expand(parsed)
        let reading = QuestionnaireReading(root: root)
        for diagnostic in syntax.diagnostics + expansion.log.diagnostics { reading.reader.append(diagnostic) }
        let questionnaire = reading.read()
        let log = reading.reader.log
        return Check(questionnaire: log.hasErrors ? nil : questionnaire, diagnostics: log.sorted, files: expansion.files)
    }
}

/// One read of one questionnaire file: the source tree, the index of ids and the diagnostics.
final class QuestionnaireReading {
    let reader = SchemaReader()
    let root: SourceValue
    let index: QuestionnaireIndex
    /// The first place each id was defined, per kind of id, for duplicate notes.
    var firstDefinitions: [String: [String: SourceLocation]] = [:]
    /// Named conditions as written, with where their names are.
    var namedSources: [String: (value: SourceValue, key: SourceLocation)] = [:]
    /// Named conditions read so far.
    var namedResolved: [String: Condition] = [:]
    /// Named conditions being read, to find one that refers to itself.
    var namedResolving: Set<String> = []
    /// Names some `use` refers to.
    var namedUsed: Set<String> = []
    /// Named table rows (`split.rows`), with where their names are.
    var namedRows: [String: (rule: SplitRule, key: SourceLocation)] = [:]
    /// Row names some table uses.
    var namedRowsUsed: Set<String> = []
    /// Which rows a split row cites, from `split.reasons`; read before the areas' tables.
    var splitReasons: SplitPolicy.Reasons = .deciding
    /// Tests that can never hold (an answer outside its question's bounds), warned where written.
    var neverHoldingAtoms: [Condition] = []

    /// Limits that keep hostile files from exhausting memory or time.
    static let maximumConditionDepth = 32
    static let maximumOptions = 20

    init(root: SourceValue) {
        self.root = root
        self.index = QuestionnaireIndex(root)
    }

    func read() -> Questionnaire? {
        guard var map = reader.map(root, what: "the questionnaire"), checkCounts(map) else { return nil }
        let id = map.required("id").flatMap { reader.identifier($0, what: "the questionnaire id") }
        let version = map.required("version").flatMap { reader.text($0, what: "the version") }
        let title = map.required("title").flatMap { reader.text($0, what: "the title") }
        let summary = map.optional("summary").flatMap { reader.text($0, what: "the summary") }
        if let named = map.optional("conditions") { collectNamedConditions(named) }
        let signals = map.required("signals").map(readSignals) ?? []
        let sections = map.required("sections").map(readSections) ?? []
        let scoring = map.optional("scoring").map(readScoring) ?? ScoringSettings()
        let rating = map.required("rating").flatMap(readRating)
        let blockers = map.optional("blockers").map(readBlockers) ?? []
        let splitPolicy = map.optional("split").map(readSplitPolicy) ?? SplitPolicy()
        let areas = map.required("areas").map(readAreas) ?? []
        for area in areas { warnRestatedDefaults(area, policy: splitPolicy) }
        let steps = map.optional("nextSteps").map(readNextSteps) ?? []
        let report = map.optional("report").map(readReportTexts) ?? ReportTexts()
        map.finish()
        warnDeadLogic(nextSteps: steps.map(\.step), nextStepLocations: steps.map(\.location))
        guard let id, let version, let title, let rating, !reader.log.hasErrors else { return nil }
        return Questionnaire(
            id: id, version: version, title: title, summary: summary, sections: sections, signals: signals,
            scoring: scoring, rating: rating, blockers: blockers, areas: areas, nextSteps: steps.map(\.step),
            splitPolicy: splitPolicy, report: report)
    }

    /// Records an id and reports it when it was already defined, with a note at the first definition.
    /// Returns false for a duplicate.
    @discardableResult
    func define(_ id: String, kind: String, at location: SourceLocation) -> Bool {
        if let first = firstDefinitions[kind]?[id] {
            reader.error(
                "duplicate \(kind) id '\(id)'", at: location,
                notes: [.note("'\(id)' is first defined here", at: first)])
            return false
        }
        firstDefinitions[kind, default: [:]][id] = location
        return true
    }

    /// Reads a list whose items are mappings, giving each item's reader to `body`.
    func eachItem<T>(_ value: SourceValue, what: String, _ body: (inout MapReader) -> T?) -> [T] {
        guard let items = reader.list(value, what: "\(what)s") else { return [] }
        var results: [T] = []
        for item in items {
            guard var map = reader.map(item, what: what) else { continue }
            if let result = body(&map) { results.append(result) }
        }
        return results
    }

    /// Reads `{signal-id: points}`, checking each signal exists and each number is in range.
    func readPoints(_ value: SourceValue, what: String) -> SignalPoints {
        guard case .map(let entries, _) = value else {
            reader.error("expected \(what) as a mapping of signal ids to points, found \(value.shape)", at: value.location)
            return [:]
        }
        var points: SignalPoints = [:]
        for entry in entries {
            guard checkSignal(entry.key.text, at: entry.key.location) else { continue }
            if points[entry.key.text] != nil {
                reader.error("signal '\(entry.key.text)' is given points twice in \(what)", at: entry.key.location)
                continue
            }
            let range = 0...Signal.maximumPoints
            if let number = reader.integer(entry.value, what: "the points for '\(entry.key.text)'", in: range) {
                points[entry.key.text] = number
            }
        }
        return points
    }

    /// Whether a signal id exists; reports it (with a suggestion) when it does not.
    func checkSignal(_ id: String, at location: SourceLocation) -> Bool {
        guard index.signals.contains(id) else {
            reader.error("unknown signal '\(id)'\(Suggestions.hint(for: id, among: index.signals))", at: location)
            return false
        }
        return true
    }
}
