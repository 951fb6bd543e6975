/// A quick, conservative scan for nesting deep enough to exhaust the stack of a recursive parser.
///
/// It over-counts rather than under-counts: flow brackets outside quotes and comments, plus the
/// indentation and sequence dashes that open block levels, so a real document never comes near the limit.
enum NestingGuard {
    /// The location of the first point where the estimated depth exceeds the limit, or nil.
    static func firstLocationDeeperThan(_ limit: Int, in text: String) -> SourceLocation? {
        var line = 1
        var column = 0
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var inComment = false
        var atLineStart = true
        var blockDepth = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                inComment = false
                atLineStart = true
                blockDepth = 0
                if quote == "'" || quote == "\"" { } // quoted scalars may span lines
                previous = scalar
                continue
            }
            if inComment { previous = scalar; continue }
            if let open = quote {
                if scalar == open { quote = nil }
                if scalar == "\\" && open == "\"" { previous = "x"; continue }
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "?" || scalar == ":" {
                    if scalar == " " || previous == " " || previous == "\n" { blockDepth += 1 }
                } else {
                    atLineStart = false
                }
            }
            switch scalar {
            case "#" where previous == " " || previous == "\t" || previous == "\n":
                inComment = true
            case "'", "\"":
                if flowDepth > 0 || previous == " " || previous == "\n" || previous == "[" || previous == "{" || previous == "," || previous == ":" {
                    quote = scalar
                }
            case "[", "{":
                flowDepth += 1
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            if flowDepth + blockDepth / 2 > limit {
                return SourceLocation(line: line, column: column)
            }
            previous = scalar
        }
        return nil
    }
}
