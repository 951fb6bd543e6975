import ReadinessCore

/// How a value reads in a table cell, the same in `list`, `history` and anywhere else a row shows it.
public enum TableCell {
    /// The most columns a name (an organization, a person) takes. Every row is padded to the widest one,
    /// and a name read from an imported file may be megabytes long (`--json` keeps it whole).
    static let nameWidth = 40

    /// The most of a name's Unicode scalars looked at for its cell: far more than 40 columns need, even
    /// with escape sequences and combining marks among them, so a name megabytes long costs what a short
    /// one does.
    static let nameScalarsRead = 4096

    /// A name as its cell: made safe to print, then cut to `nameWidth` with "…"; "-" when empty.
    public static func name(_ name: String) -> String {
        if name.isEmpty { return "-" }
        // Printable ASCII (the usual name) has nothing to clean and takes a column a byte, as `TextTable`
        // counts it: when it fits, it is its own cell, and nothing has to be measured.
        if name.utf8.count <= nameWidth, name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return name }
        let scalars = name.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: nameScalarsRead, limitedBy: scalars.endIndex) ?? scalars.endIndex
        // Sanitized before it is cut, so that a cut can never leave half an escape sequence; tabs become
        // spaces first, since a tab counts no columns but a terminal draws several.
        let clean = TerminalText.fieldLine(String(scalars[..<end]))
        guard end < scalars.endIndex else { return TextWrap.truncate(clean, width: nameWidth) }
        // Only the start was read, so the name goes on: cut, even if what was read would fit.
        return String(TextWrap.split(Substring(clean), at: nameWidth - 1).0) + "…"
    }

    /// The need as its cell: `64 (52-70)`, or `77` when every answer is known.
    public static func need(_ need: Int, low: Int, high: Int) -> String {
        high > low ? "\(need) (\(low)-\(high))" : String(need)
    }
}
