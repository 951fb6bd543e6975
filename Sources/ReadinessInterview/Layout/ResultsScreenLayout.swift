import ReadinessCore

/// The results: rating with glyph and words, need with range and confidence, blockers first, a bar per
/// signal, the split in three columns, next steps, what to verify; any line's reasons on Enter.
struct ResultsScreenLayout {
    let glyphs: Glyphs

    /// A drawn piece of a line.
    struct Span {
        var text: String
        var x: Int
        var role: StyleRole
        var width: Int?
        /// The item this span alone belongs to, on a line shared by several (the split's columns).
        var item: Int? = nil
    }

    /// One line of the scrolling results document; `item` links it to a selectable results item.
    struct Line {
        var spans: [Span] = []
        var item: Int?

        /// Whether the line shows an item, as a whole or in one of its spans.
        func shows(_ item: Int) -> Bool { self.item == item || spans.contains { $0.item == item } }
    }

    /// The split goes into three columns from this width; below, the three groups are stacked.
    static let columnsMinimumWidth = 90

    func draw(_ canvas: inout Canvas, model: InterviewModel, focus: ListFocus) {
        guard let session = model.session else { return }
        let width = canvas.size.width
        let lines = document(session: session, width: width)
        let top = canvas.contentTop + 1
        let height = canvas.contentBottom - top + 1
        guard height > 0 else { return }
        let selectedLines = lines.indices.filter { lines[$0].shows(focus.selected) }
        let scroll = Self.scroll(lines: lines, focus: focus, height: height)
        for (offset, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            let y = top + offset
            let wholeLine = line.item == focus.selected
            for span in line.spans {
                let selected = wholeLine || span.item == focus.selected
                canvas.write(span.text, x: span.x, y: y, role: selected ? .selected : span.role, width: span.width)
            }
            if wholeLine, let first = line.spans.first {
                canvas.paint(x: first.x, y: y, width: min(width - first.x, spanExtent(line.spans)), role: .selected)
            }
        }
        if let first = selectedLines.first, first >= scroll, first < scroll + height,
            let span = lines[first].spans.first(where: { $0.item == focus.selected }) ?? lines[first].spans.first
        {
            canvas.placeCursor(x: span.x, y: top + first - scroll)
        }
        if scroll > 0 { canvas.write(glyphs.ascii ? "^" : "↑", x: width - 2, y: top, role: .dim) }
        if scroll + height < lines.count { canvas.write(glyphs.ascii ? "v" : "↓", x: width - 2, y: top + height - 1, role: .dim) }
    }

    /// The rows the document gets on a screen of this height: below the title bar and a blank row, above
    /// the status line and the key bar.
    static func pageHeight(screenHeight: Int) -> Int { max(1, screenHeight - 4) }

    /// The first line shown: the line the user scrolled to (PgDn, End, ...) when set, else just enough to
    /// keep the selected item in view; never past the point where the last line sits on the last row.
    static func scroll(lines: [Line], focus: ListFocus, height: Int) -> Int {
        let limit = max(0, lines.count - height)
        if let top = focus.top { return max(0, min(top, limit)) }
        let selectedLines = lines.indices.filter { lines[$0].shows(focus.selected) }
        let firstSelected = selectedLines.first ?? 0
        let lastSelected = selectedLines.last ?? 0
        var scroll = 0
        if lastSelected >= height { scroll = min(lastSelected - height + 2, limit) }
        if firstSelected < scroll { scroll = firstSelected }
        return max(0, min(scroll, limit))
    }

    private func spanExtent(_ spans: [Span]) -> Int {
        guard let first = spans.first, let last = spans.last else { return 0 }
        return last.x + (last.width ?? DisplayWidth.of(last.text)) - first.x
    }

    /// The whole results document at a width, with each line's item.
    func document(session: InterviewModel.OpenAssessment, width: Int) -> [Line] {
        let result = session.result
        let fit = result.fit
        var lines: [Line] = []
        var item = 0
        func text(_ text: String, x: Int = 2, role: StyleRole = .normal, item: Int? = nil) {
            lines.append(Line(spans: [Span(text: text, x: x, role: role, width: width - x - 2)], item: item))
        }
        func wrapped(_ content: String, x: Int = 2, role: StyleRole = .normal, item: Int? = nil) {
            for piece in TextWrap.lines(content, width: max(1, width - x - 2)) { text(piece, x: x, role: role, item: item) }
        }
        func heading(_ title: String) {
            lines.append(Line())
            text(title.uppercased(), role: .heading)
        }
        /// A heading over one selectable line for each entry; nothing at all when there are none.
        func itemList(_ title: String, _ entries: [String], role: StyleRole = .normal) {
            guard !entries.isEmpty else { return }
            heading(title)
            for entry in entries {
                text(entry, x: 4, role: role, item: item)
                item += 1
            }
        }

        let state = session.assessment.status == .complete ? "" : "\(glyphs.separator)DRAFT"
        // A provisional result is told as its range, never as a rating the next answer may flip.
        let tooEarly = LivePaneLayout.isTooEarly(result)
        let ratingText = tooEarly ? "Too early to tell" : "\(glyphs.glyph(for: fit.rating)) \(fit.rating.title)"
        let needWords = tooEarly ? NeedWords.between(fit) : "Need \(fit.need)/100 (\(NeedWords.range(fit)))"
        let needText = "\(needWords)\(glyphs.separator)\(NeedWords.confidence(fit.confidence))\(state)"
        let needX = 6 + DisplayWidth.of(ratingText)
        if needX + DisplayWidth.of(needText) <= width - 2 {
            lines.append(
                Line(
                    spans: [
                        Span(text: ratingText, x: 2, role: tooEarly ? .dim : RatingStyle.role(for: fit.rating), width: nil),
                        Span(text: needText, x: needX, role: .normal, width: nil),
                    ], item: item))
        } else {
            text(ratingText, role: tooEarly ? .dim : RatingStyle.role(for: fit.rating), item: item)
            text(needText, x: 4, item: item)
        }
        if let reason = fit.reasons.first { wrapped(Rating.inWords(reason), x: 4, role: .dim, item: item) }
        item += 1

        itemList(
            "\(glyphs.blocker) Blockers: first, whatever the score", result.blockers.map { "\(glyphs.blocker) \($0.title)" }, role: .error)

        heading("Signals")
        let labelWidth = min(30, max(12, (result.signals.map { DisplayWidth.of($0.title) }.max() ?? 12)))
        let barWidth = max(8, min(40, width - labelWidth - 22))
        for signal in result.signals {
            var spans = [Span(text: TextWrap.pad(signal.title, width: labelWidth), x: 4, role: .normal, width: nil)]
            let barX = 6 + labelWidth
            if let score = signal.score {
                let (filled, empty) = glyphs.bar(Double(score) / 100, width: barWidth)
                spans.append(Span(text: filled, x: barX, role: SignalStyle.role(for: signal.level), width: nil))
                spans.append(Span(text: empty, x: barX + DisplayWidth.of(filled), role: .dim, width: nil))
                spans.append(
                    Span(
                        text: "\(score) \(signal.level?.rawValue ?? "")", x: barX + barWidth + 1, role: SignalStyle.role(for: signal.level),
                        width: nil))
            } else {
                spans.append(Span(text: "no answer yet", x: barX, role: .dim, width: nil))
            }
            lines.append(Line(spans: spans, item: item))
            item += 1
        }

        heading("The starting split")
        let groups = [Owner.internal, .partner, .shared].map { owner in result.split.filter { $0.owner == owner } }
        let titles = ["Internal team keeps", "Partner handles", "Shared"]
        if width >= Self.columnsMinimumWidth {
            let columnWidth = (width - 4) / 3
            lines.append(
                Line(spans: titles.enumerated().map { Span(text: $1, x: 2 + $0 * columnWidth, role: .heading, width: columnWidth - 2) }))
            var firstItem = [item]
            for group in groups.dropLast() { firstItem.append(firstItem.last! + group.count) }
            for row in 0..<(groups.map(\.count).max() ?? 0) {
                // One line holds a row of each column; each cell is its own item.
                var spans: [Span] = []
                for (column, group) in groups.enumerated() where row < group.count {
                    let entry = group[row]
                    let phase = entry.phase.rawValue
                    let titleWidth = columnWidth - DisplayWidth.of(phase) - 4
                    let label = TextWrap.pad(
                        TextWrap.truncate(Self.splitTitle(entry), width: titleWidth, ellipsis: glyphs.ellipsis), width: titleWidth)
                    let cellItem = firstItem[column] + row
                    spans.append(Span(text: label, x: 2 + column * columnWidth, role: .normal, width: nil, item: cellItem))
                    spans.append(
                        Span(
                            text: phase, x: 2 + column * columnWidth + titleWidth + 1, role: phaseRole(entry.phase), width: nil,
                            item: cellItem))
                }
                lines.append(Line(spans: spans))
            }
            item = firstItem.last! + groups.last!.count
        } else {
            for (index, group) in groups.enumerated() where !group.isEmpty {
                text(titles[index], x: 2, role: .heading)
                for entry in group {
                    lines.append(
                        Line(
                            spans: [
                                Span(
                                    text: TextWrap.truncate(Self.splitTitle(entry), width: width - 16, ellipsis: glyphs.ellipsis), x: 4,
                                    role: .normal, width: nil),
                                Span(text: entry.phase.rawValue, x: width - 9, role: phaseRole(entry.phase), width: nil),
                            ], item: item))
                    item += 1
                }
            }
        }

        if !result.nextSteps.isEmpty {
            heading("Next steps (first 90 days)")
            for (index, step) in result.nextSteps.enumerated() {
                let pieces = TextWrap.lines(step, width: max(1, width - 9))
                for (offset, piece) in pieces.enumerated() {
                    text((offset == 0 ? "\(index + 1).".padded(toLength: 3) : "   ") + " " + piece, x: 2, item: item)
                }
                item += 1
            }
        }

        itemList(
            "Verify before deciding", result.unknowns.map { "\(glyphs.unknown) \($0.title): \(Rating.inWords($0.impact))" })
        itemList(
            "Flagged for review (Enter opens the question)",
            ResultsItems.flagged(in: session).map { question in
                "\(glyphs.flag) \(question.title)" + (question.note.map { ": " + TerminalText.sanitizedLine($0) } ?? "")
            })

        if session.assessment.mode == .call {
            let strong = result.strongestSignals.prefix(3).filter { ($0.level ?? .low) >= .moderate }
            let points = strong.compactMap { signal in session.questionnaire.signal(signal.id).map { (signal.title, $0.talkingPoints) } }
                .filter { !$0.1.isEmpty }
            if !points.isEmpty {
                heading("Talking points (not printed in the summary)")
                for (title, list) in points {
                    text(title, x: 2, role: .heading)
                    for point in list { wrapped("- " + point, x: 4, role: .dim) }
                }
            }
        }
        lines.append(Line())
        text("Enter shows the reasons behind the selected line.", role: .dim)
        return lines
    }

    /// An area as the split lists it, in both the columns and the narrow list: a shared area names the
    /// side that leads, `Vendor coordination (internal leads)`.
    static func splitTitle(_ entry: SplitRow) -> String {
        entry.owner == .shared ? "\(entry.title) (\(entry.lead?.rawValue ?? "joint") leads)" : entry.title
    }

    private func phaseRole(_ phase: Phase) -> StyleRole {
        switch phase {
        case .now: .signalHigh
        case .next: .signalModerate
        case .later: .dim
        }
    }
}
