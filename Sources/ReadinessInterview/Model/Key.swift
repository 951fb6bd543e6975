import ReadinessCore

/// A key press, decoded by a front end from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (a whole grapheme, so an emoji is one key).
    case character(Character)
    case enter
    case escape
    case backspace
    case delete
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1, the traditional help key; `?` does the same.
    case f1
    /// Ctrl with a letter, such as Ctrl-A (`.control("a")`).
    case control(Character)

    /// The space bar.
    static let space = Key.character(" ")
}

/// Something that happens to the interview.
public enum InterviewEvent: Sendable, Equatable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size.
    case resize(ScreenSize)
    /// Text typed in one go, taken as keys (plain mode sends what a line means instead, as `intent`).
    case text(String)
    /// What the user means, said directly rather than as keys (plain mode's lines; see `InterviewIntent`).
    case intent(InterviewIntent)
    /// Text pasted into the terminal: it goes into the text field being edited, and never acts as keys.
    case paste(String)
    /// Saving failed; the message says why. The answer stays on screen.
    case saveFailed(String)
    /// A save succeeded (after a failure, that ends the failure).
    case saved
    /// An export finished; the message says where.
    case exportFinished(String)
    /// An export failed; the message says why.
    case exportFailed(String)
    /// The export's file exists; the user is asked whether to replace it.
    case exportTargetExists(String)
    /// The assessment chosen on the start screen is being edited elsewhere; it opens read-only.
    case editingRefused(String)
    /// A draft picked on the start screen, locked and read again from disk (`InterviewEffect.openDraft`).
    case draftOpened(Assessment)
    /// A draft picked on the start screen cannot be opened (another interview holds it, it is gone, or it
    /// cannot be read); the message says why.
    case draftRefused(String)
}

/// A terminal size in columns and rows.
public struct ScreenSize: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative values count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The smallest size the interview lays out in; below it, a "too small" screen.
    public static let minimum = ScreenSize(width: 64, height: 18)

    /// Whether this size is at least the minimum in both directions.
    var isUsable: Bool { width >= Self.minimum.width && height >= Self.minimum.height }

    /// The text a person reads.
    public var description: String { "\(width)x\(height)" }
}
