import ReadinessCore

/// What a cell means; a front end maps roles to colours and attributes in one place.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    case normal, title, heading, dim, selected, key, error, notice, border, marker
    case signalLow, signalModerate, signalHigh, signalCritical
    case ratingGood, ratingMiddle, ratingLow, ratingNeutral
    case field, fieldFocused
}

/// One cell of the screen: a character (or the right half of a wide one) and its role.
public struct Cell: Hashable, Sendable {
    /// One grapheme; empty for the second column of a wide character.
    public var character: String
    /// What the cell means.
    public var role: StyleRole

    /// A blank cell.
    static let blank = Cell(character: " ", role: .normal)
}

/// A rendered screen: cells row by row, and where the hardware cursor goes (on the focused item).
public struct Frame: Sendable, Equatable {
    /// The size.
    public let size: ScreenSize
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the cursor sits, as column and row.
    public var cursor: (x: Int, y: Int)?

    /// A blank frame.
    init(size: ScreenSize) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a column and row.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// The frame as text, one line per row, trailing blanks trimmed: for snapshots and tests.
    public var text: String {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width { line += self[column, row].character }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The frame's roles as letters, one per cell: for snapshots that check meaning as well as text.
    var roleMap: String {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width { line.append(Self.letter(for: self[column, row].role)) }
            while line.hasSuffix(".") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    private static func letter(for role: StyleRole) -> Character {
        switch role {
        case .normal: "."
        case .title: "T"
        case .heading: "H"
        case .dim: "d"
        case .selected: "S"
        case .key: "K"
        case .error: "E"
        case .notice: "N"
        case .border: "b"
        case .marker: "m"
        case .signalLow: "1"
        case .signalModerate: "2"
        case .signalHigh: "3"
        case .signalCritical: "4"
        case .ratingGood: "G"
        case .ratingMiddle: "M"
        case .ratingLow: "L"
        case .ratingNeutral: "R"
        case .field: "f"
        case .fieldFocused: "F"
        }
    }

    /// What is wrong with the frame, for tests and fuzzers: the cell count, a cursor off the screen, a
    /// character whose continuation cells are missing, or a continuation cell with no character before it.
    /// Empty for every frame the layout draws.
    public var problems: [String] {
        var problems: [String] = []
        if cells.count != size.width * size.height { return ["\(cells.count) cells for \(size)"] }
        if let cursor, !(0..<size.width).contains(cursor.x) || !(0..<size.height).contains(cursor.y) {
            problems.append("cursor \(cursor) outside \(size)")
        }
        for y in 0..<size.height {
            var covered = 0
            for x in 0..<size.width {
                let character = self[x, y].character
                if character.isEmpty {
                    if covered == 0 { problems.append("orphaned continuation cell at \(x),\(y)") } else { covered -= 1 }
                    continue
                }
                if covered > 0 { problems.append("character at \(x),\(y) inside the previous one's columns") }
                let width = DisplayWidth.of(character)
                if width == 0 { problems.append("\(character.debugDescription) at \(x),\(y) takes no column") }
                covered = max(0, width - 1)
                if x + covered >= size.width { problems.append("\(character.debugDescription) at \(x),\(y) runs past the edge") }
            }
            if covered > 0 { problems.append("row \(y) ends inside a wide character") }
        }
        return problems
    }

    /// Equal when every part is equal.
    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }
}
