/// Which keys the key bar shows when they do not all fit: the keys that get the user out (quit, help and
/// the key that leaves this screen) always; then the keys that act on what is in front of them (answer,
/// don't know, note, flag, ...) and a screen's main actions (export and going on, on the results);
/// moving about and the extras (the pane, ask next) drop first.
enum KeyBarPlan {
    /// How much a binding matters in the bar; lower is kept first.
    static func priority(of action: Action) -> Int {
        switch action {
        // Ctrl-C is in the bar only on the start screen, where q is typed into a field: it is the way out.
        case .help, .quit, .close, .backToAnswers, .interrupt:
            0
        // Export and continuing into the full assessment are what the results screen is for.
        case .choose, .toggle, .chooseNumber, .increase, .decrease, .dontKnow, .notApplicable, .flag, .note,
            .reasons, .confirmYes, .confirmNo, .retrySave, .writeCopy, .export, .continueFull:
            1
        // Skip leaves the question as it is, as Tab does: it goes with moving about.
        case .skip, .nextQuestion, .previousQuestion, .askNext, .review, .whatIf, .moveDown, .moveUp:
            2
        default:
            3
        }
    }

    /// The bindings that fit in `width` columns, each taking `cost` columns, in the order they are
    /// drawn: the table's order, with help and quit moved to the right end where the eye looks for them.
    static func fitting(_ bindings: [KeyBinding], width: Int, cost: (KeyBinding) -> Int) -> [KeyBinding] {
        var kept = Set<Int>()
        var used = 0
        // A stable sort by priority: within a priority, the table's order decides what drops first.
        let ranked = bindings.indices.sorted { (priority(of: bindings[$0].action), $0) < (priority(of: bindings[$1].action), $1) }
        for index in ranked {
            let needed = cost(bindings[index])
            // The essentials are kept even when they alone overflow: clipped beats missing.
            if used + needed > width, priority(of: bindings[index].action) > 0 { continue }
            kept.insert(index)
            used += needed
        }
        let atEnd: Set<Action> = [.quit, .help]
        let chosen = bindings.indices.filter(kept.contains).map { bindings[$0] }
        return chosen.filter { !atEnd.contains($0.action) } + chosen.filter { $0.action == .quit } + chosen.filter { $0.action == .help }
    }
}
