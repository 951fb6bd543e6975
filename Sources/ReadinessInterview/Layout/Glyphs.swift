import ReadinessCore

/// The characters the screens draw with, in UTF-8 or plain ASCII (`--ascii` or a non-UTF-8 locale).
public struct Glyphs: Sendable {
    /// Box lines.
    let horizontal: String
    /// The vertical box line.
    let vertical: String
    /// The marker in front of the highlighted row.
    let selectedMarker: String
    /// Multiple-choice boxes.
    let checked: String
    /// An unchecked box.
    let unchecked: String
    /// Single-choice buttons.
    let radioOn: String
    /// An unselected button.
    let radioOff: String
    /// Bar chart cells.
    let barFull: String
    /// An empty bar cell.
    let barEmpty: String
    /// Review markers: a note, a flag, "don't know", unanswered, answered.
    public let note: String
    /// The flag marker.
    let flag: String
    /// The "don't know" marker.
    let unknown: String
    /// The unanswered marker.
    let unanswered: String
    /// The answered marker.
    let answered: String
    /// The marker of a blocker.
    let blocker: String
    /// Between facts on one line (" · ").
    public let separator: String
    /// Where text was cut.
    let ellipsis: String
    /// Whether this is the ASCII set.
    public let ascii: Bool

    /// Box-drawing and symbols.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", selectedMarker: "▸", checked: "[x]", unchecked: "[ ]", radioOn: "(●)", radioOff: "( )",
        barFull: "█", barEmpty: "░", note: "✎", flag: "⚑", unknown: "?", unanswered: "·", answered: "✓",
        blocker: "▲", separator: " · ", ellipsis: "…", ascii: false)

    /// Plain ASCII.
    public static let plainASCII = Glyphs(
        horizontal: "-", vertical: "|", selectedMarker: ">", checked: "[x]", unchecked: "[ ]", radioOn: "(*)", radioOff: "( )",
        barFull: "#", barEmpty: ".", note: "N", flag: "F", unknown: "?", unanswered: ".", answered: "+",
        blocker: "!", separator: " - ", ellipsis: "...", ascii: true)

    /// The rating's glyph in this set.
    func glyph(for rating: Rating) -> String { ascii ? rating.asciiGlyph : rating.glyph }

    /// A bar of `width` cells filled to `fraction` (0 to 1).
    func bar(_ fraction: Double, width: Int) -> (filled: String, empty: String) {
        let (filled, empty) = barCells(fraction, width: width)
        return (String(repeating: barFull, count: filled), String(repeating: barEmpty, count: empty))
    }

    /// How many cells of a bar of `width` are filled to `fraction` (0 to 1), and how many are left.
    func barCells(_ fraction: Double, width: Int) -> (filled: Int, empty: Int) {
        let width = max(0, width)
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded())))
        return (filled, width - filled)
    }
}
