/// What a key does: the model reacts to actions, so the help bar, the help screen and the handling
/// all come from one table.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, first, last, pageUp, pageDown
    case choose
    case toggle
    case chooseNumber(Int)
    case nextQuestion, previousQuestion
    case decrease, increase
    case skip, dontKnow, notApplicable, note, flag, review, help, quit, redraw, interrupt
    case close
    case export, backToAnswers, reasons, newAssessment
    case livePane, askNext, whatIf
    case confirmYes, confirmNo
}

/// Where the user is, which decides what keys mean.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case start, choiceQuestion, multipleQuestion, scaleQuestion, numberQuestion, textQuestion
    case review, results, whatIf, help, editor, export, confirm
}

/// One line of the keymap: keys, how they are shown, what they do and where.
public struct KeyBinding: Sendable {
    /// The keys, first the one shown.
    public let keys: [Key]
    /// How the keys are written in the help bar and help screen ("↑/k").
    public let label: String
    /// The same in ASCII.
    public let asciiLabel: String
    /// The action.
    public let action: Action
    /// What it does, in a word or two.
    public let summary: String
    /// Where it applies.
    public let contexts: Set<KeyContext>
    /// Whether it is shown in the help bar (the rest are on the help screen).
    public let inHelpBar: Bool
}

/// The keymap of PRODUCT.md, as one table.
public enum Keymap {
    private static let questions: Set<KeyContext> = [.choiceQuestion, .multipleQuestion, .scaleQuestion, .numberQuestion, .textQuestion]
    private static let lists: Set<KeyContext> = [.choiceQuestion, .multipleQuestion, .review, .results, .whatIf]

    /// Every binding, in the order the help screen lists them.
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑/k", asciiLabel: "Up/k", action: .moveUp, summary: "move up", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.down, .character("j")], label: "↓/j", asciiLabel: "Down/j", action: .moveDown, summary: "move down", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.home], label: "Home", asciiLabel: "Home", action: .first, summary: "first", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.end], label: "End", asciiLabel: "End", action: .last, summary: "last", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.pageUp], label: "PgUp", asciiLabel: "PgUp", action: .pageUp, summary: "page up", contexts: [.review, .results, .whatIf, .help], inHelpBar: false),
        KeyBinding(keys: [.pageDown], label: "PgDn", asciiLabel: "PgDn", action: .pageDown, summary: "page down", contexts: [.review, .results, .whatIf, .help], inHelpBar: false),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .choose, summary: "choose", contexts: [.start, .choiceQuestion, .scaleQuestion, .numberQuestion, .review, .export], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .choose, summary: "confirm", contexts: [.multipleQuestion], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .choose, summary: "type answer", contexts: [.textQuestion], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .reasons, summary: "why", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .choose, summary: "try / keep", contexts: [.whatIf], inHelpBar: true),
        KeyBinding(keys: [.space], label: "Space", asciiLabel: "Space", action: .toggle, summary: "toggle", contexts: [.multipleQuestion], inHelpBar: true),
        KeyBinding(keys: [.left, .right], label: "←/→", asciiLabel: "Left/Right", action: .increase, summary: "change value", contexts: [.scaleQuestion], inHelpBar: true),
        KeyBinding(keys: (1...9).map { Key.character(Character(String($0))) }, label: "1-9", asciiLabel: "1-9", action: .chooseNumber(0), summary: "choose", contexts: [.choiceQuestion, .multipleQuestion], inHelpBar: true),
        KeyBinding(keys: (1...5).map { Key.character(Character(String($0))) }, label: "1-5", asciiLabel: "1-5", action: .chooseNumber(0), summary: "choose", contexts: [.scaleQuestion], inHelpBar: true),
        KeyBinding(keys: [.up, .backTab], label: "↑/S-Tab", asciiLabel: "Up/S-Tab", action: .moveUp, summary: "previous field", contexts: [.start], inHelpBar: false),
        KeyBinding(keys: [.down, .tab], label: "↓/Tab", asciiLabel: "Down/Tab", action: .moveDown, summary: "next field", contexts: [.start], inHelpBar: false),
        KeyBinding(keys: [.up, .down], label: "↑/↓", asciiLabel: "Up/Down", action: .moveDown, summary: "change the format", contexts: [.export], inHelpBar: false),
        KeyBinding(keys: [.tab, .character("]")], label: "Tab/]", asciiLabel: "Tab/]", action: .nextQuestion, summary: "next", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.backTab, .character("[")], label: "S-Tab/[", asciiLabel: "S-Tab/[", action: .previousQuestion, summary: "back", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.right], label: "→", asciiLabel: "Right", action: .nextQuestion, summary: "next question", contexts: questions.subtracting([.scaleQuestion, .numberQuestion]), inHelpBar: false),
        KeyBinding(keys: [.left], label: "←", asciiLabel: "Left", action: .previousQuestion, summary: "previous question", contexts: questions.subtracting([.scaleQuestion, .numberQuestion]), inHelpBar: false),
        KeyBinding(keys: [.character("d")], label: "d", asciiLabel: "d", action: .dontKnow, summary: "don't know", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("n")], label: "n", asciiLabel: "n", action: .note, summary: "note", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("r")], label: "r", asciiLabel: "r", action: .review, summary: "review", contexts: questions.union([.results]), inHelpBar: true),
        KeyBinding(keys: [.character("w")], label: "w", asciiLabel: "w", action: .whatIf, summary: "what if", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.character("e")], label: "e", asciiLabel: "e", action: .export, summary: "export", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.character("b")], label: "b", asciiLabel: "b", action: .backToAnswers, summary: "back to answers", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.character("y")], label: "y", asciiLabel: "y", action: .confirmYes, summary: "yes", contexts: [.confirm], inHelpBar: true),
        KeyBinding(keys: [.character("n")], label: "n", asciiLabel: "n", action: .confirmNo, summary: "no", contexts: [.confirm], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", asciiLabel: "Enter", action: .choose, summary: "save", contexts: [.editor], inHelpBar: true),
        KeyBinding(keys: [.character("?"), .f1], label: "?/F1", asciiLabel: "?/F1", action: .help, summary: "help", contexts: Set(KeyContext.allCases).subtracting([.editor, .confirm, .start, .export]), inHelpBar: true),
        KeyBinding(keys: [.f1], label: "F1", asciiLabel: "F1", action: .help, summary: "help", contexts: [.editor, .start, .export], inHelpBar: false),
        KeyBinding(keys: [.escape], label: "Esc", asciiLabel: "Esc", action: .close, summary: "close", contexts: [.help, .editor, .confirm, .export, .review, .whatIf], inHelpBar: true),
        KeyBinding(keys: [.character("q")], label: "q", asciiLabel: "q", action: .quit, summary: "quit", contexts: Set(KeyContext.allCases).subtracting([.editor, .confirm, .start, .export]), inHelpBar: true),
        KeyBinding(keys: [.character("s")], label: "s", asciiLabel: "s", action: .skip, summary: "skip", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("f")], label: "f", asciiLabel: "f", action: .flag, summary: "flag", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("x")], label: "x", asciiLabel: "x", action: .notApplicable, summary: "not applicable", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("p")], label: "p", asciiLabel: "p", action: .livePane, summary: "live pane", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("a")], label: "a", asciiLabel: "a", action: .askNext, summary: "ask next", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", asciiLabel: "Ctrl-L", action: .redraw, summary: "redraw", contexts: Set(KeyContext.allCases), inHelpBar: false),
        KeyBinding(keys: [.control("c")], label: "Ctrl-C", asciiLabel: "Ctrl-C", action: .interrupt, summary: "save and exit", contexts: Set(KeyContext.allCases), inHelpBar: false),
    ]

    /// What a key does in a context, or nil when it does nothing there.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if context == .scaleQuestion {
            if key == .left { return .decrease }
            if key == .right { return .increase }
        }
        for binding in bindings where binding.contexts.contains(context) && binding.keys.contains(key) {
            if case .chooseNumber = binding.action, case let .character(character) = key, let number = character.wholeNumberValue {
                return .chooseNumber(number)
            }
            return binding.action
        }
        return nil
    }

    /// The bindings shown in the help bar for a context, in table order, without repeats of one action.
    public static func helpBar(for context: KeyContext, hiding hidden: Set<Action> = []) -> [KeyBinding] {
        var seen: Set<String> = []
        return bindings.filter { binding in
            binding.inHelpBar && binding.contexts.contains(context) && !hidden.contains(binding.action)
                && seen.insert(binding.label + binding.summary).inserted
        }
    }
}
