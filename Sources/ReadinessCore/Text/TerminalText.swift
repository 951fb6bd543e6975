/// Makes text that a person typed, or a file contained, safe to print to a terminal.
public enum TerminalText {
    /// Removes control characters and escape sequences from one line (tabs kept), so printing it cannot move the cursor or change colours.
    public static func sanitizedLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// One line for a field or a table cell: like `sanitizedLine`, and tabs as spaces too (a tab takes no
    /// column in a width count, but a terminal draws several).
    public static func fieldLine(_ text: String) -> String {
        sanitizedLine(text).replacingOccurrences(of: "\t", with: " ")
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
    public static func controlsShown(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Removes control characters and escape sequences, keeping line breaks and tabs.
    public static func sanitized(_ text: String) -> String {
        sanitize(text, keepNewlines: true)
    }

    private static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var afterCarriageReturn = false
        while let scalar = scalars.next() {
            defer { afterCarriageReturn = scalar.value == 0x0D }
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
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
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                // Controls and bidirectional overrides: invisible, and able to disguise text.
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips the rest of an escape sequence that started with ESC.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            // OSC, DCS, SOS, PM, APC: run until BEL or ESC \.
            while let next = scalars.next() {
                if next.value == 0x07 { return }
                if next.value == 0x1B { _ = scalars.next(); return }
            }
        default:
            return
        }
    }

    /// Skips parameters and intermediates up to the final byte of a CSI sequence.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let next = scalars.next() {
            if (0x40...0x7E).contains(next.value) { return }
            if !(0x20...0x3F).contains(next.value) { return }
        }
    }
}
