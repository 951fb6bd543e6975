/// One line composed of the program's words and names someone typed (the organization, the sender),
/// so that each format can isolate the names bidirectionally: an Arabic or Hebrew name must not carry
/// the words and numbers after it into its right-to-left run ("Summary: شركة, 2026-03-10" would
/// otherwise print the date's parts in reverse order).
struct ComposedLine: Sendable, Equatable {
    /// A part of the line.
    enum Piece: Sendable, Equatable {
        /// The program's own words.
        case words(String)
        /// A name, isolated wherever the format can.
        case name(String)
    }

    /// The parts in reading order.
    var pieces: [Piece]

    /// The line as plain text, without isolates: for text and Markdown, which are read in terminals that
    /// draw an isolate as a box or a column of its own.
    var plain: String {
        pieces.map { piece in
            switch piece {
            case .words(let text), .name(let text): text
            }
        }.joined()
    }

    /// The line with each name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068,
    /// U+2069), for one line of plain text that a viewer lays out bidirectionally: the PDF's title.
    var isolated: String {
        pieces.map { piece in
            switch piece {
            case .words(let text): text
            case .name(let text): "\u{2068}\(text)\u{2069}"
            }
        }.joined()
    }
}
