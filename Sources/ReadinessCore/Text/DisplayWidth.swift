/// How many terminal columns text takes: wide East Asian characters and emoji take two, combining marks none.
public enum DisplayWidth {
    /// The columns one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 || isNarrowSymbol(value) { return 1 }
        return byProperties(scalar)
    }

    /// The columns of a scalar from its Unicode properties and the wide table: what `of` falls back on.
    static func byProperties(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || (scalar.properties.isEmojiPresentation && !isRegionalIndicator(value)) { return 2 }
        return 1
    }

    /// General punctuation (short of its separators and format characters), arrows, mathematical
    /// operators, technical symbols up to the wide watch, box drawing, block elements and geometric shapes
    /// up to the wide squares: one column each. The screens draw their rules, bars and bullets from these,
    /// so they skip the property lookups, which cost more than the rest of a frame's character (the tests
    /// hold every scalar here to `byProperties`).
    static func isNarrowSymbol(_ value: UInt32) -> Bool {
        switch value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2319, 0x2500...0x25FC: true
        default: false
        }
    }

    /// The columns one user-perceived character takes: the sum over its scalars, as `wcswidth` and so
    /// ncurses count it. (Screens draw emoji sequences as their parts, which take exactly these columns:
    /// see `TerminalText.drawable`.)
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The columns a whole string takes. A character's width is the sum over its scalars, so the text's
    /// is the sum over all of them: no need to find where each character ends (the costly part).
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        // Prepended concatenation marks (the Arabic number signs and their kin) are format characters
        // that the C library, and so the terminal, draw in a column of their own.
        if prependedConcatenationMarks.contains(scalar.value) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            let value = scalar.value
            return (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value)
                || (0x1160...0x11FF).contains(value) || value == 0x200B
        }
    }

    private static let prependedConcatenationMarks: Set<UInt32> = [
        0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
    ]

    /// East Asian wide ranges. Pictographs from U+1F000 on are wide only with emoji presentation (the
    /// check beside this table): the rest of those blocks, like U+1F321 THERMOMETER, take one column.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F200...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The letters of flags: one column each in the C library's table, so a flag takes two as a pair.
    private static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
