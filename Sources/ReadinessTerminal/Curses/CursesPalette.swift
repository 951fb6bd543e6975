import CNcursesw
import ReadinessInterview

/// The one place where meaning becomes colour and attributes. Every role also reads without colour:
/// selection is reverse video, headings are bold, and glyphs and words carry the rest.
struct CursesPalette {
    private var attributes: [StyleRole: attr_t] = [:]

    /// Sets up colour pairs when colour is wanted and available; attributes only otherwise.
    init(useColor: Bool) {
        let bold = readiness_a_bold()
        let reverse = readiness_a_reverse()
        let dim = readiness_a_dim()
        let underline = readiness_a_underline()
        let plain: [StyleRole: attr_t] = [
            .normal: readiness_a_normal(), .title: reverse | bold, .heading: bold, .dim: dim, .selected: reverse,
            .key: bold, .error: bold, .notice: readiness_a_normal(), .border: readiness_a_normal(), .marker: bold,
            .signalLow: readiness_a_normal(), .signalModerate: readiness_a_normal(), .signalHigh: bold, .signalCritical: bold,
            .ratingGood: bold, .ratingMiddle: bold, .ratingLow: bold, .ratingNeutral: bold,
            .field: underline, .fieldFocused: underline | bold,
        ]
        attributes = plain
        guard useColor, has_colors(), start_color() == OK else { return }
        use_default_colors()
        // Foregrounds on the terminal's own background (-1), so light and dark themes both work.
        let colours: [(StyleRole, Int16, Int16, attr_t)] = [
            (.title, Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold),
            (.heading, Int16(COLOR_CYAN), -1, bold),
            (.key, Int16(COLOR_YELLOW), -1, bold),
            (.error, Int16(COLOR_RED), -1, bold),
            (.notice, Int16(COLOR_GREEN), -1, readiness_a_normal()),
            (.marker, Int16(COLOR_MAGENTA), -1, bold),
            (.signalLow, Int16(COLOR_GREEN), -1, readiness_a_normal()),
            (.signalModerate, Int16(COLOR_YELLOW), -1, readiness_a_normal()),
            (.signalHigh, Int16(COLOR_RED), -1, readiness_a_normal()),
            (.signalCritical, Int16(COLOR_RED), -1, bold),
            (.ratingGood, Int16(COLOR_GREEN), -1, bold),
            (.ratingMiddle, Int16(COLOR_YELLOW), -1, bold),
            (.ratingLow, Int16(COLOR_MAGENTA), -1, bold),
            (.ratingNeutral, Int16(COLOR_CYAN), -1, bold),
            (.border, Int16(COLOR_BLUE), -1, readiness_a_normal()),
        ]
        for (index, entry) in colours.enumerated() where index + 1 < readiness_color_pairs() {
            let pair = Int16(index + 1)
            init_pair(pair, entry.1, entry.2)
            attributes[entry.0] = readiness_color_pair(Int32(pair)) | entry.3
        }
    }

    /// The attributes of a role.
    func attribute(for role: StyleRole) -> attr_t { attributes[role] ?? readiness_a_normal() }
}
