/// Makes text that a person typed, or a file contained, safe to print to a terminal.
public enum TerminalText {
    /// Removes control characters and escape sequences from one line (tabs kept), so printing it cannot move the cursor or change colours.
    public static func sanitizedLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Removes control characters and escape sequences, keeping line breaks and tabs.
    public static func sanitized(_ text: String) -> String {
        sanitize(text, keepNewlines: true)
    }

    private static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x09:
                out.append(scalar)
            case 0x0A where keepNewlines:
                out.append(scalar)
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
