import ReadinessCore

/// Draws text into a frame, clipped to a rectangle, with wide characters taking two cells.
///
/// Every write is clipped, so no layout can draw outside the screen whatever the size, and a text cut
/// short ends in the ellipsis, so a reader always sees that there is more (never "a bl" for "a blocker").
struct Canvas {
    /// The frame being drawn.
    private(set) var frame: Frame
    /// What marks a cut text: "…", or "..." when drawing in ASCII.
    let ellipsis: String

    /// A blank canvas of a size; `ellipsis` ends every text cut short.
    init(size: ScreenSize, ellipsis: String = "…") {
        frame = Frame(size: size)
        self.ellipsis = ellipsis
    }

    /// The canvas size.
    var size: ScreenSize { frame.size }

    /// Writes text at a column and row, no wider than `width` (to the screen edge by default). Text that
    /// does not fit ends in the ellipsis (display-width aware, through `TextWrap.truncate`), unless only
    /// blanks were cut or `marksCut` is false (a scrolled text field, where the cursor may sit in the last
    /// column). Returns the column after the last cell written.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, role: StyleRole = .normal, width: Int? = nil, marksCut: Bool = true) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return x }
        let limit = min(size.width, x + (width ?? size.width))
        var shown = TerminalText.drawable(TerminalText.sanitizedLine(text))
        if marksCut, x >= 0, !TextWrap.split(Substring(shown), at: limit - x).1.allSatisfy(\.isWhitespace) {
            shown = TextWrap.truncate(shown, width: limit - x, ellipsis: ellipsis)
        }
        var column = x
        let text = Substring(shown)
        var index = text.startIndex
        while index < text.endIndex {
            let (next, characterWidth) = TextWrap.character(at: index, in: text)
            defer { index = next }
            if characterWidth == 0 { continue }
            if column + characterWidth > limit { break }
            if column >= 0 {
                set(column, y, Cell(character: String(text[index..<next]), role: role))
                for extra in 1..<max(1, characterWidth) { set(column + extra, y, Cell(character: "", role: role)) }
            }
            column += characterWidth
        }
        return column
    }

    /// Fills a row segment with a role (and spaces), as for a highlighted line.
    mutating func fill(x: Int, y: Int, width: Int, role: StyleRole, character: String = " ") {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) {
            set(column, y, Cell(character: character, role: role))
        }
    }

    /// Sets one cell, blanking the other half of a wide character it cuts through, so a terminal never
    /// draws half a character over a border.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let old = frame[x, y]
        if old.character.isEmpty, x > 0, cell.character != "" {
            frame[x - 1, y].character = " "
        }
        if !old.character.isEmpty, x + 1 < size.width, frame[x + 1, y].character.isEmpty {
            frame[x + 1, y].character = " "
        }
        frame[x, y] = cell
    }

    /// Changes the role of the cells in a row segment, keeping their characters.
    mutating func paint(x: Int, y: Int, width: Int, role: StyleRole) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<max(max(0, x), min(size.width, x + width)) {
            frame[column, y].role = role
        }
    }

    /// Writes wrapped text in a box of `width` columns starting at a row; returns the row after it.
    /// Rows past `maxY` are not drawn.
    @discardableResult
    mutating func paragraph(_ text: String, x: Int, y: Int, width: Int, maxY: Int? = nil, role: StyleRole = .normal) -> Int {
        var row = y
        for line in TextWrap.lines(TerminalText.sanitizedLine(text), width: max(1, width)) {
            if let maxY, row > maxY { break }
            write(line, x: x, y: row, role: role, width: width)
            row += 1
        }
        return row
    }

    /// Draws a one-line text field, scrolled so the cursor stays visible in a long value; the cursor is
    /// placed in it when it has focus.
    mutating func field(_ field: TextField, x: Int, y: Int, width: Int, focused: Bool) {
        let role: StyleRole = focused ? .fieldFocused : .field
        fill(x: x, y: y, width: width, role: role)
        let before = String(field.characters.prefix(field.cursor))
        let overflow = max(0, DisplayWidth.of(before) - (width - 1))
        let shown = overflow > 0 ? String(TextWrap.split(Substring(field.text), at: overflow).1) : field.text
        write(shown, x: x, y: y, role: role, width: width, marksCut: false)
        if focused { placeCursor(x: x + DisplayWidth.of(before) - overflow, y: y) }
    }

    /// Places the hardware cursor, if on screen.
    mutating func placeCursor(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        frame.cursor = (x, y)
    }
}
