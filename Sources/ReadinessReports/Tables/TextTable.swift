import ReadinessCore

/// Left-aligned columns two spaces apart, the last one unpadded: the one table renderer of every command
/// that prints rows (`list`, `history`, `questionnaires`). Made for thousands of rows: each cell is made
/// safe to print and measured once, and plain ASCII (nearly every cell) skips both.
public enum TextTable {
    /// The rows as lines, each cell sanitized for a terminal (tabs as spaces, escape sequences shown).
    public static func render(_ rows: [[String]]) -> String {
        let cells: [[(text: String, width: Int)]] = rows.map { row in
            row.map { cell in
                if cell.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (cell, cell.utf8.count) }
                let clean = TerminalText.fieldLine(cell)
                return (clean, DisplayWidth.of(clean))
            }
        }
        var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.width) }
        }
        // The table's bytes gathered in room made once and made text once: appending strings, and making
        // each run of spaces a string, cost more than the rest of the table.
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for row in cells {
            for (index, cell) in row.enumerated() {
                out.append(contentsOf: cell.text.utf8)
                if index < row.count - 1 {
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[index] - cell.width + 2))
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
