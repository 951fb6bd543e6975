import ReadinessCore
import ReadinessInterview

/// What must hold of every rendered frame, whatever the state and size.
public enum FrameCheck {
    /// The problems with a frame rendered for a size: its size, cell count and cursor, every wide
    /// character whole, no control character in any cell. Empty when the frame is whole.
    ///
    /// The same rules as `Frame.problems` with a fast path for plain ASCII cells, which are most of a
    /// frame: measuring every cell was most of a fuzzer's time. `thorough` adds `Frame.problems` itself,
    /// so the two cannot drift apart unnoticed.
    public static func problems(in frame: Frame, size: ScreenSize, thorough: Bool = false) -> [String] {
        var problems = thorough ? frame.problems : []
        if frame.size != size { problems.append("size \(frame.size), expected \(size)") }
        guard frame.cells.count == size.width * size.height else { return problems + ["\(frame.cells.count) cells for \(size)"] }
        if let cursor = frame.cursor, !(0..<size.width).contains(cursor.x) || !(0..<size.height).contains(cursor.y) {
            problems.append("cursor \(cursor) outside \(size)")
        }
        for y in 0..<size.height {
            var covered = 0
            for x in 0..<size.width {
                let character = frame[x, y].character
                var width = 1
                if character.utf8.count == 1, let byte = character.utf8.first, (0x20..<0x7F).contains(byte) {
                    // One printable ASCII character: one column, nothing more to look at.
                } else if character.isEmpty {
                    if covered == 0 { problems.append("orphaned continuation cell at \(x),\(y)") } else { covered -= 1 }
                    continue
                } else {
                    width = DisplayWidth.of(character)
                    if width == 0 { problems.append("\(character.debugDescription) at \(x),\(y) takes no column") }
                    if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                        problems.append("control character \(character.debugDescription) at \(x),\(y)")
                    }
                }
                if covered > 0 { problems.append("character at \(x),\(y) inside the previous one's columns") }
                covered = max(0, width - 1)
                if x + covered >= size.width { problems.append("\(character.debugDescription) at \(x),\(y) runs past the edge") }
            }
            if covered > 0 { problems.append("row \(y) ends inside a wide character") }
        }
        return problems
    }
}
