import ReadinessCore

/// The interview's command lines, read without ArgumentParser.
///
/// `readiness`, `readiness interview` and `readiness resume [ID]` are what a person waits on, and
/// ArgumentParser pays for its generality on every start: it builds each command's arguments by
/// reflection, several times over, and the Swift runtime looks up every generic type and conformance that
/// touches (about a quarter of the instructions to the first frame of `resume`). This reader knows only
/// the shapes those commands take: `interview` or `resume` first or no command at all, `resume`'s one ID,
/// and the interview's long options, each at most once, as `--name value` or `--name=value`. Anything
/// else gives nil (help, `--version`, short names, `--`, an unknown or repeated option, a value that is
/// empty or starts with `-`, a mode or format it does not know), and ArgumentParser reads the line and
/// explains any mistake in it as it always has. Tests hold the two to the same reading.
enum InterviewArguments {
    /// The request `arguments` (the program's name left out) make, or nil when ArgumentParser is to read them.
    static func request(from arguments: [String]) -> InterviewRequest? {
        var request = InterviewRequest()
        var rest = arguments[...]
        switch rest.first {
        case "interview":
            rest.removeFirst()
        case "resume":
            rest.removeFirst()
            request.resume = .some(nil)
        case let first?:
            // With no command the line is the default command's options; anything else names a command.
            guard first.hasPrefix("--") else { return nil }
        case nil:
            break
        }
        var named: Set<Substring> = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--") else {
                // The one ID `resume` takes.
                guard case .some(.none) = request.resume, !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
                request.resume = .some(argument)
                continue
            }
            let equals = argument.firstIndex(of: "=")
            let name = argument[..<(equals ?? argument.endIndex)]
            guard named.insert(name).inserted else { return nil }
            if Self.flags.contains(name) {
                guard equals == nil else { return nil }
                switch name {
                case "--no-color": request.noColor = true
                case "--ascii": request.ascii = true
                default: request.plain = true
                }
                continue
            }
            let value = equals.map { String(argument[argument.index(after: $0)...]) } ?? rest.popFirst()
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--questionnaires": request.questionnairesFolder = value
            case "--data-dir": request.dataDirectory = value
            case "--questionnaire": request.questionnaireID = value
            case "--answers": request.answers = value
            case "--organization": request.organization = value
            case "--assessor": request.assessor = value
            case "--mode":
                guard let mode = Assessment.Mode(rawValue: value) else { return nil }
                request.mode = mode
            case "--format":
                guard let format = PlainResultFormat(rawValue: value) else { return nil }
                request.format = format
            default:
                return nil
            }
        }
        return request
    }

    /// The options that take no value.
    private static let flags: [Substring] = ["--no-color", "--ascii", "--plain"]
}
