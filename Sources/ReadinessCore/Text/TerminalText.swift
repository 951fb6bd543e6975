/// Makes text that a person typed, or a file contained, safe to print to a terminal.
///
/// Invisible format characters (Unicode category Cf: zero-width spaces and joiners, the byte-order mark,
/// bidirectional overrides and isolates, soft hyphens, tags) would let two different names look the same,
/// or reorder what follows them. Text being shown has each one written as a visible stand-in such as
/// `<U+200B>`; text being typed has them removed. A joiner or a tag inside an emoji sequence is kept:
/// it is part of the picture.
public enum TerminalText {
    /// Removes control characters and escape sequences from one line (tabs kept), and shows invisible
    /// format characters, so printing it cannot move the cursor, change colours or hide anything.
    public static func sanitizedLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false, invisible: .shown)
    }

    /// One line for a field or a table cell: like `sanitizedLine`, and tabs as spaces too (a tab takes no
    /// column in a width count, but a terminal draws several).
    public static func fieldLine(_ text: String) -> String {
        sanitizedLine(text).replacing("\t", with: " ")
    }

    /// Typed or pasted text for a field, as one line: controls, escape sequences and invisible format
    /// characters removed (so they never reach a saved name, an answer or a file name), tabs as spaces.
    public static func typedLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false, invisible: .removed).replacing("\t", with: " ")
    }

    /// Typed text arriving in one piece: like `typedLine`, keeping line breaks and tabs.
    public static func typed(_ text: String) -> String {
        sanitize(text, keepNewlines: true, invisible: .removed)
    }

    /// What becomes of an invisible format character.
    private enum Invisible {
        /// Written as `<U+200B>`.
        case shown
        /// Dropped.
        case removed
    }

    /// The stand-in shown for an invisible format character: `<U+200B>`.
    static func visibleName(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>"
    }

    /// Scalars that sanitizing keeps as they are, known without a property lookup: printable ASCII, the
    /// Latin-1 and Latin Extended letters and modifiers (less the soft hyphen, a format character) and
    /// the symbols `DisplayWidth` knows to be one column. None is a control or a format character.
    static func isKeptAsIs(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x20..<0x7F).contains(value) || ((0xA0...0x2FF).contains(value) && value != 0xAD) || DisplayWidth.isNarrowSymbol(value)
    }

    /// Whether `scalar` is an invisible format character (category Cf) that is not part of an emoji
    /// sequence: a zero-width joiner between two emoji, or a tag after an emoji or a tag, is kept.
    static func isInvisible(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        // No ASCII character is a format character; looking up the category costs more than the rest.
        guard !scalar.isASCII, scalar.properties.generalCategory == .format else { return false }
        func isPicture(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return !scalar.isASCII && (scalar.properties.isEmoji || scalar.value == 0xFE0F)
        }
        func isTag(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { (0xE0020...0xE007F).contains($0.value) } ?? false }
        if scalar.value == 0x200D { return !(isPicture(previous) && isPicture(next)) }
        if isTag(scalar) { return !(isPicture(previous) || isTag(previous)) }
        return true
    }

    /// The text as a character-cell screen draws it: emoji joiners and presentation selectors removed, so
    /// an emoji sequence is drawn as its parts. Terminals disagree on how many columns a joined sequence
    /// takes (tmux draws a family in 2, ncurses counts 6); its parts take the same columns everywhere.
    public static func drawable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x200D || $0.value == 0xFE0E || $0.value == 0xFE0F }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value != 0x200D && scalar.value != 0xFE0E && scalar.value != 0xFE0F {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// One line with each control character shown as a visible stand-in (ESC as "␛", other C0 controls
    /// as their control pictures, the rest as "�"), tabs kept: every scalar stays one scalar, so a
    /// diagnostic's column still points at the character it names, and nothing reaches the terminal raw.
    static func controlsShown(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0, 0x2028, 0x2029: out.append("\u{FFFD}")
            // Invisible format characters (bidirectional overrides too), emoji joiners included: a
            // diagnostic shows exactly where each one is.
            case _ where scalar.properties.generalCategory == .format: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Removes control characters and escape sequences, keeping line breaks and tabs, and shows invisible
    /// format characters.
    public static func sanitized(_ text: String) -> String {
        sanitize(text, keepNewlines: true, invisible: .shown)
    }

    private static func sanitize(_ text: String, keepNewlines: Bool, invisible: Invisible) -> String {
        // Printable ASCII, most of what is drawn, has nothing to remove or show; nor have the screen's
        // glyphs and accented letters.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) || text.unicodeScalars.allSatisfy(isKeptAsIs) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var afterCarriageReturn = false
        var previous: Unicode.Scalar?
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            defer {
                afterCarriageReturn = scalar.value == 0x0D
                previous = scalar
            }
            switch scalar.value {
            case 0x1B:
                if let introducer = pending { skipEscapeSequence(introducer, &scalars) }
                pending = scalars.next()
            case 0x9B:
                if let first = pending { skipControlSequence(first, &scalars) }
                pending = scalars.next()
            case 0x09:
                out.append(scalar)
            case 0x0A where keepNewlines:
                // CR LF is one line break: the CR already stands as a space, which the break replaces.
                if afterCarriageReturn { out.removeLast() }
                out.append(scalar)
            case 0x0A where afterCarriageReturn:
                continue
            case 0x0A, 0x0D:
                out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                // Controls: invisible, and able to move the cursor or end a line.
                continue
            case _ where isInvisible(scalar, after: previous, before: pending):
                if invisible == .shown { out.append(contentsOf: visibleName(of: scalar).unicodeScalars) }
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips the rest of an escape sequence that started with ESC, from its introducer on.
    private static func skipEscapeSequence(_ introducer: Unicode.Scalar, _ scalars: inout String.UnicodeScalarView.Iterator) {
        switch introducer {
        case "[":
            guard let first = scalars.next() else { return }
            skipControlSequence(first, &scalars)
        case "]", "P", "X", "^", "_":
            // OSC, DCS, SOS, PM, APC: run until BEL or ESC \.
            while let next = scalars.next() {
                if next.value == 0x07 { return }
                if next.value == 0x1B {
                    _ = scalars.next()
                    return
                }
            }
        default:
            return
        }
    }

    /// Skips parameters and intermediates up to the final byte of a CSI sequence, from its first byte on.
    private static func skipControlSequence(_ first: Unicode.Scalar, _ scalars: inout String.UnicodeScalarView.Iterator) {
        var next: Unicode.Scalar? = first
        while let scalar = next {
            if (0x40...0x7E).contains(scalar.value) { return }
            if !(0x20...0x3F).contains(scalar.value) { return }
            next = scalars.next()
        }
    }
}
