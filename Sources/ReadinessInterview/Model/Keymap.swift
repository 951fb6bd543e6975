/// What a key does: the model reacts to actions, so the help bar, the help screen and the handling
/// all come from one table.
enum Action: Hashable, Sendable {
    case moveUp, moveDown, first, last, pageUp, pageDown
    case choose
    case toggle
    case chooseNumber(Int)
    case nextQuestion, previousQuestion
    case decrease, increase
    case skip, dontKnow, notApplicable, note, flag, review, help, quit, redraw, interrupt
    case close
    case export, backToAnswers, reasons, newAssessment
    /// Continue a finished assessment into a fuller questionnaire (the call into the full assessment).
    case continueFull
    case livePane, askNext, whatIf
    case confirmYes, confirmNo
    case retrySave, writeCopy
}

/// Where the user is, which decides what keys mean.
enum KeyContext: Hashable, Sendable, CaseIterable {
    case start, choiceQuestion, multipleQuestion, scaleQuestion, numberQuestion, textQuestion
    /// A number question with something typed that is not its saved answer: printable keys are the number's.
    case numberField
    case review, results, whatIf, help, editor, export, confirm
    /// Quitting with answers that could not be saved.
    case unsavedQuit
}

/// One line of the keymap: keys, how they are shown, what they do and where.
struct KeyBinding: Sendable {
    /// The keys, first the one shown.
    let keys: [Key]
    /// How the keys are written on the help screen ("↑/k").
    let label: String
    /// The same in ASCII.
    let asciiLabel: String
    /// A shorter label for the help bar, where room is tight ("Tab" for "Tab/]").
    let barLabel: String?
    /// The action.
    let action: Action
    /// What it does, in a word or two.
    let summary: String
    /// A shorter summary for the help bar, where room is tight ("back" for "back to answers").
    let barSummary: String?
    /// Where it applies.
    let contexts: Set<KeyContext>
    /// Whether it is shown in the help bar (the rest are on the help screen).
    let inHelpBar: Bool

    init(
        keys: [Key], label: String, asciiLabel: String? = nil, bar: String? = nil, action: Action, summary: String,
        barSummary: String? = nil, contexts: Set<KeyContext>, inHelpBar: Bool
    ) {
        self.keys = keys
        self.label = label
        self.asciiLabel = asciiLabel ?? label
        self.barLabel = bar
        self.action = action
        self.summary = summary
        self.barSummary = barSummary
        self.contexts = contexts
        self.inHelpBar = inHelpBar
    }
}

/// The keymap of the README ("The interview"), as one table: the handling, the help bar and the help screen all read it.
/// On screens with text fields (start, export, the editor, a number being typed) printable keys go to the
/// field first, so those screens bind only keys that cannot be typed.
enum Keymap {
    private static let questions: Set<KeyContext> = [.choiceQuestion, .multipleQuestion, .scaleQuestion, .numberQuestion, .textQuestion]
    private static let lists: Set<KeyContext> = [.choiceQuestion, .multipleQuestion, .review, .results, .whatIf]
    private static let textScreens: Set<KeyContext> = [.start, .export, .editor, .numberField]
    /// Screens with text fields that can open the help (the editor cannot: its hint line lists its keys).
    private static let helpFromText: Set<KeyContext> = [.start, .export, .numberField]
    private static let everywhere = Set(KeyContext.allCases)

    /// Every binding, in the order the help screen lists them and the help bar shows them (the bar drops
    /// from the end when it runs out of room, keeping help).
    static let bindings: [KeyBinding] = [
        // Lists.
        KeyBinding(
            keys: [.up, .character("k")], label: "↑/k", asciiLabel: "Up/k", action: .moveUp, summary: "move up",
            contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(
            keys: [.down, .character("j")], label: "↓/j", asciiLabel: "Down/j", action: .moveDown, summary: "move down",
            contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.home], label: "Home", action: .first, summary: "first", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.end], label: "End", action: .last, summary: "last", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, summary: "page up", contexts: lists.union([.help]), inHelpBar: false),
        KeyBinding(
            keys: [.pageDown], label: "PgDn", action: .pageDown, summary: "page down", contexts: lists.union([.help]), inHelpBar: false),
        // The start and export screens.
        KeyBinding(
            keys: [.up, .backTab], label: "↑/S-Tab", asciiLabel: "Up/S-Tab", action: .moveUp, summary: "previous field", contexts: [.start],
            inHelpBar: false),
        KeyBinding(
            keys: [.down, .tab], label: "↓/Tab", asciiLabel: "Down/Tab", bar: "Tab", action: .moveDown, summary: "next field",
            contexts: [.start], inHelpBar: true),
        KeyBinding(keys: [.space], label: "Space", action: .toggle, summary: "switch mode", contexts: [.start], inHelpBar: true),
        KeyBinding(
            keys: [.up], label: "↑", asciiLabel: "Up", action: .moveUp, summary: "previous format", contexts: [.export], inHelpBar: false),
        KeyBinding(
            keys: [.down], label: "↓", asciiLabel: "Down", action: .moveDown, summary: "next format", contexts: [.export], inHelpBar: true),
        KeyBinding(
            keys: [.tab, .backTab], label: "Tab", action: .toggle, summary: "which copy", contexts: [.export], inHelpBar: true),
        // Choosing.
        KeyBinding(
            keys: [.enter], label: "Enter", action: .choose, summary: "choose",
            contexts: [.start, .choiceQuestion, .scaleQuestion, .numberQuestion, .review, .export], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, summary: "save", contexts: [.numberField], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, summary: "confirm", contexts: [.multipleQuestion], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, summary: "type answer", contexts: [.textQuestion], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .reasons, summary: "why", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, summary: "try / keep", contexts: [.whatIf], inHelpBar: true),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, summary: "save", contexts: [.editor], inHelpBar: true),
        KeyBinding(keys: [.space], label: "Space", action: .toggle, summary: "toggle", contexts: [.multipleQuestion], inHelpBar: true),
        // The options show their numbers, so the bar leaves room for the pane and ask-next keys instead.
        KeyBinding(
            keys: (1...9).map { Key.character(Character(String($0))) }, label: "1-9", action: .chooseNumber(0), summary: "choose",
            contexts: [.choiceQuestion, .multipleQuestion], inHelpBar: false),
        KeyBinding(
            keys: (1...5).map { Key.character(Character(String($0))) }, label: "1-5", action: .chooseNumber(0), summary: "choose",
            contexts: [.scaleQuestion], inHelpBar: true),
        KeyBinding(
            keys: [.left], label: "←", asciiLabel: "Left", action: .decrease, summary: "lower", contexts: [.scaleQuestion], inHelpBar: true),
        KeyBinding(
            keys: [.right], label: "→", asciiLabel: "Right", action: .increase, summary: "higher", contexts: [.scaleQuestion],
            inHelpBar: true),
        // Moving between questions.
        KeyBinding(
            keys: [.tab, .character("]")], label: "Tab/]", bar: "Tab", action: .nextQuestion, summary: "next", contexts: questions,
            inHelpBar: true),
        KeyBinding(
            keys: [.backTab, .character("[")], label: "S-Tab/[", bar: "S-Tab", action: .previousQuestion, summary: "back",
            contexts: questions, inHelpBar: true),
        // A number being typed takes every printable key, so only Tab and Shift-Tab move on (keeping it).
        KeyBinding(keys: [.tab], label: "Tab", action: .nextQuestion, summary: "keep, next", contexts: [.numberField], inHelpBar: true),
        KeyBinding(
            keys: [.backTab], label: "S-Tab", action: .previousQuestion, summary: "keep, back", contexts: [.numberField], inHelpBar: true),
        KeyBinding(
            keys: [.right], label: "→", asciiLabel: "Right", action: .nextQuestion, summary: "next question",
            contexts: questions.subtracting([.scaleQuestion, .numberQuestion]), inHelpBar: false),
        KeyBinding(
            keys: [.left], label: "←", asciiLabel: "Left", action: .previousQuestion, summary: "previous question",
            contexts: questions.subtracting([.scaleQuestion, .numberQuestion]), inHelpBar: false),
        // Answers and their notes.
        KeyBinding(keys: [.character("d")], label: "d", action: .dontKnow, summary: "don't know", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("n")], label: "n", action: .note, summary: "note", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("p")], label: "p", action: .livePane, summary: "pane", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("a")], label: "a", action: .askNext, summary: "ask next", contexts: questions, inHelpBar: true),
        KeyBinding(
            keys: [.character("r")], label: "r", action: .review, summary: "review", contexts: questions.union([.results]), inHelpBar: true),
        // The results.
        KeyBinding(keys: [.character("w")], label: "w", action: .whatIf, summary: "what if", contexts: [.results], inHelpBar: true),
        KeyBinding(keys: [.character("e")], label: "e", action: .export, summary: "export", contexts: [.results], inHelpBar: true),
        KeyBinding(
            keys: [.character("f")], label: "f", action: .continueFull, summary: "full assessment", contexts: [.results], inHelpBar: true),
        KeyBinding(
            keys: [.character("b")], label: "b", action: .backToAnswers, summary: "back to answers", barSummary: "back",
            contexts: [.results],
            inHelpBar: true),
        // Confirmations.
        KeyBinding(keys: [.character("y")], label: "y", action: .confirmYes, summary: "yes", contexts: [.confirm], inHelpBar: true),
        KeyBinding(keys: [.character("n")], label: "n", action: .confirmNo, summary: "no", contexts: [.confirm], inHelpBar: true),
        // Quitting with answers that could not be saved.
        KeyBinding(
            keys: [.character("y")], label: "y", action: .confirmYes, summary: "leave without them", contexts: [.unsavedQuit],
            inHelpBar: true),
        KeyBinding(
            keys: [.character("r")], label: "r", action: .retrySave, summary: "try saving again", contexts: [.unsavedQuit], inHelpBar: true),
        KeyBinding(
            keys: [.character("w")], label: "w", action: .writeCopy, summary: "write to a file", contexts: [.unsavedQuit], inHelpBar: true),
        KeyBinding(
            keys: [.character("n"), .escape], label: "n/Esc", action: .confirmNo, summary: "stay", contexts: [.unsavedQuit], inHelpBar: true
        ),
        // Help, closing and leaving.
        KeyBinding(
            keys: [.character("?"), .f1], label: "?/F1", bar: "?", action: .help, summary: "help",
            contexts: everywhere.subtracting(textScreens).subtracting([.confirm, .unsavedQuit]), inHelpBar: true),
        KeyBinding(
            keys: [.f1, .control("g")], label: "F1/Ctrl-G", bar: "F1", action: .help, summary: "help", contexts: helpFromText,
            inHelpBar: true),
        KeyBinding(
            keys: [.escape], label: "Esc", action: .close, summary: "close",
            contexts: [.help, .editor, .confirm, .export, .review, .whatIf], inHelpBar: true),
        KeyBinding(keys: [.escape], label: "Esc", action: .close, summary: "clear", contexts: [.numberField], inHelpBar: true),
        KeyBinding(
            keys: [.character("q")], label: "q", action: .quit, summary: "quit",
            contexts: everywhere.subtracting(textScreens).subtracting([.confirm, .unsavedQuit]), inHelpBar: true),
        KeyBinding(keys: [.character("s")], label: "s", action: .skip, summary: "skip", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.character("f")], label: "f", action: .flag, summary: "flag", contexts: questions, inHelpBar: true),
        KeyBinding(
            keys: [.character("x")], label: "x", action: .notApplicable, summary: "not applicable", contexts: questions, inHelpBar: true),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, summary: "redraw", contexts: everywhere, inHelpBar: false),
        KeyBinding(
            keys: [.control("c")], label: "Ctrl-C", action: .interrupt, summary: "save and leave",
            contexts: everywhere.subtracting([.start]), inHelpBar: false),
        KeyBinding(keys: [.control("c")], label: "Ctrl-C", action: .interrupt, summary: "leave", contexts: [.start], inHelpBar: true),
    ]

    /// What a key does in a context, or nil when it does nothing there.
    static func action(for key: Key, in context: KeyContext) -> Action? {
        for binding in bindings where binding.contexts.contains(context) && binding.keys.contains(key) {
            if case .chooseNumber = binding.action, case .character(let character) = key, let number = character.wholeNumberValue {
                return .chooseNumber(number)
            }
            return binding.action
        }
        return nil
    }

    /// The bindings shown in the help bar for a context, in table order, without repeats of one action.
    static func helpBar(for context: KeyContext, hiding hidden: Set<Action> = []) -> [KeyBinding] {
        var seen: Set<String> = []
        return bindings.filter { binding in
            binding.inHelpBar && binding.contexts.contains(context) && !hidden.contains(binding.action)
                && seen.insert((binding.barLabel ?? binding.label) + binding.summary).inserted
        }
    }
}
