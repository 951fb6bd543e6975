/// The ids a questionnaire defines and where, gathered before the full read so references can be
/// checked wherever they appear (signals may be written after the questions that feed them).
struct QuestionnaireIndex {
    struct QuestionEntry {
        var position: Int
        var kind: String?
        var options: [String]
        var sectionPosition: Int
        /// The answers a number or scale question accepts, for warnings about tests outside them.
        var bounds: ClosedRange<Int>? = nil
    }

    var questions: [String: QuestionEntry] = [:]
    var questionOrder: [String] = []
    var sectionFirstQuestion: [Int] = []
    var signals: [String] = []
    var areas: [String] = []

    /// Builds the index leniently: anything malformed is skipped here and reported by the full read.
    init(_ root: SourceValue) {
        guard case .map(let entries, _) = root else { return }
        for entry in entries {
            switch entry.key.text {
            case "sections":
                guard case .list(let sections, _) = entry.value else { continue }
                for (sectionPosition, section) in sections.enumerated() {
                    sectionFirstQuestion.append(questionOrder.count)
                    guard let questions = Self.value("questions", in: section), case .list(let items, _) = questions else { continue }
                    for item in items {
                        guard let id = Self.text("id", in: item), self.questions[id] == nil else { continue }
                        var options: [String] = []
                        if let list = Self.value("options", in: item), case .list(let optionItems, _) = list {
                            options = optionItems.compactMap { Self.text("id", in: $0) }
                        }
                        let kind = Self.text("kind", in: item)
                        var bounds: ClosedRange<Int>? = kind == "scale" ? 1...5 : nil
                        if kind == "number" {
                            let number = Self.value("number", in: item) ?? .list([], at: .start)
                            let low = Self.text("min", in: number).flatMap { Int($0) } ?? 0
                            let high = Self.text("max", in: number).flatMap { Int($0) } ?? 1_000_000
                            bounds = low <= high ? low...high : nil
                        }
                        self.questions[id] = QuestionEntry(
                            position: questionOrder.count, kind: kind,
                            options: options, sectionPosition: sectionPosition, bounds: bounds)
                        questionOrder.append(id)
                    }
                }
            case "signals":
                guard case .list(let items, _) = entry.value else { continue }
                signals = items.compactMap { Self.text("id", in: $0) }
            case "areas":
                guard case .list(let items, _) = entry.value else { continue }
                areas = items.compactMap { Self.text("id", in: $0) }
            default:
                continue
            }
        }
    }

    private static func value(_ key: String, in value: SourceValue) -> SourceValue? {
        guard case .map(let entries, _) = value else { return nil }
        return entries.first { $0.key.text == key }?.value
    }

    private static func text(_ key: String, in value: SourceValue) -> String? {
        guard let found = Self.value(key, in: value), case .scalar(let scalar) = found, !scalar.isNull else { return nil }
        return scalar.text
    }
}
