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
        var out = ""
        out.reserveCapacity(rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for row in cells {
            for (index, cell) in row.enumerated() {
                out += cell.text
                if index < row.count - 1 {
                    out += String(repeating: " ", count: widths[index] - cell.width + 2)
                }
            }
            out += "\n"
        }
        return out
    }
}
