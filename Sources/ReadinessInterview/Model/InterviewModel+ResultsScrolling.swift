import ReadinessCore

extension InterviewModel {
    /// The results move by items (↑/↓ select the previous or next line with reasons) and by lines
    /// (PgUp/PgDn a page, Home/End the top and the very end), so every line of the document can be
    /// reached, the talking points and anything else after the last item included. Nil when the action
    /// is not a movement.
    func resultsMotion(_ focus: ListFocus, by action: Action?, itemCount: Int) -> ListFocus? {
        guard let session, let action, [.moveUp, .moveDown, .first, .last, .pageUp, .pageDown].contains(action) else { return nil }
        let lines = ResultsScreenLayout(glyphs: .unicode).document(session: session, width: size.width)
        let height = ResultsScreenLayout.pageHeight(screenHeight: size.height)
        let limit = max(0, lines.count - height)
        let current = ResultsScreenLayout.scroll(lines: lines, focus: focus, height: height)
        let lastItem = max(0, itemCount - 1)
        /// The first line of each item.
        func firstLine(of item: Int) -> Int? { lines.firstIndex { $0.shows(item) } }
        /// The first item that starts inside the view from `top`, if any.
        func firstItem(inViewFrom top: Int) -> Int? {
            (0..<itemCount).first { item in firstLine(of: item).map { $0 >= top && $0 < top + height } ?? false }
        }
        var moved = focus
        // Scrolled down past the selected item (into the talking points): ↑ scrolls back a line at a time
        // until the item is in view again, rather than jumping.
        let scrolledPastSelection = focus.top != nil && (firstLine(of: focus.selected).map { $0 < current } ?? false)
        switch action {
        case .moveDown where focus.selected == lastItem && current < limit,
            .moveUp where (focus.selected == 0 || scrolledPastSelection) && current > 0:
            // Past the first or last item, the arrows scroll the lines that have none (the talking points).
            moved.top = current + (action == .moveDown ? 1 : -1)
        case .moveUp, .moveDown:
            let selected = ListMotion.moved(focus.selected, by: action, count: itemCount, page: 1) ?? focus.selected
            // At either end with nothing left to scroll: stay put (a reset would jump the view back).
            guard selected != focus.selected else { return focus }
            moved.selected = selected
            moved.top = nil
        case .first:
            moved = ListFocus(selected: 0, top: 0)
        case .last:
            moved = ListFocus(selected: lastItem, top: limit)
        case .pageDown, .pageUp:
            let step = max(1, height - 1)
            let top = action == .pageDown ? min(limit, current + step) : max(0, current - step)
            if top == current {
                // Already at that end: the end's item is selected, as Home and End would.
                moved = action == .pageDown ? ListFocus(selected: lastItem, top: limit) : ListFocus(selected: 0, top: 0)
            } else {
                moved.top = top
                if let item = firstItem(inViewFrom: top) { moved.selected = item }
            }
        default:
            return nil
        }
        return moved
    }
}
