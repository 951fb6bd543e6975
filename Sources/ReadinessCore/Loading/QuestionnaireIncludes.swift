/// Reads a file a questionnaire includes: the path as written after `include:` and the file that wrote it,
/// to the included file (its `path` is where it was found, relative to the including file's folder). The
/// core reads no files itself; whoever reads the questionnaire gives it one of these.
public typealias IncludeReader = (_ path: String, _ includingFile: SourceFile) throws -> SourceFile

/// Where an included file is: the path as written, against the folder of the file that includes it.
public enum IncludePath {
    /// `path` against the folder of `includingPath`, with `.` and `..` resolved in the text, so one file
    /// reached by two spellings is one file (which is how an include loop is found).
    public static func resolve(_ path: String, from includingPath: String) -> String {
        let joined: String
        if path.hasPrefix("/") {
            joined = path
        } else if let slash = includingPath.lastIndex(of: "/") {
            joined = String(includingPath[...slash]) + path
        } else {
            joined = path
        }
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !joined.hasPrefix("/") { parts.append(part) }
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + body : (body.isEmpty ? "." : body)
    }
}

/// `include: [path, ...]` at the top of a questionnaire: files of shared `conditions`, `split` and `areas`
/// merged into it before it is read, so two questionnaires can share them instead of copying. An included
/// file's named conditions and areas come before the including file's own; `split` may be given in one
/// place only. Every value keeps the file it was written in, so a problem is reported there.
struct QuestionnaireIncludes {
    /// The keys an included file may have.
    static let includableKeys: Set<String> = ["include", "conditions", "split", "areas"]
    /// Deeper chains of includes are refused (a loop is refused outright).
    static let maximumDepth = 8

    let read: IncludeReader?
    /// Every file of the read: the questionnaire first, then each included file as it was read.
    private(set) var files: [SourceFile]
    private(set) var log = DiagnosticLog()

    init(main: SourceFile, read: IncludeReader?) {
        self.read = read
        self.files = [main]
    }

    /// The root with every include merged in, recursively.
    mutating func expand(_ root: SourceValue) -> SourceValue { expand(root, fileIndex: 0, chain: [files[0].path]) }

    private mutating func expand(_ root: SourceValue, fileIndex: Int, chain: [String]) -> SourceValue {
        guard case .map(let entries, let location) = root, let includeEntry = entries.first(where: { $0.key.text == "include" }) else {
            return root
        }
        var own = entries.filter { $0.key.text != "include" }
        var included: [(entries: [SourceEntry], path: String)] = []
        for pathValue in Self.items(includeEntry.value) {
            guard case .scalar(let scalar) = pathValue, !scalar.isNull, !scalar.text.isEmpty else {
                log.error("expected the path of a file to include, found \(pathValue.shape)", at: pathValue.location)
                continue
            }
            guard let file = readIncluded(scalar, from: files[fileIndex], chain: chain) else { continue }
            files.append(file)
            let index = files.count - 1
            var syntax = DiagnosticLog()
            guard let parsed = YAMLReader.read(file, into: &syntax) else {
                for diagnostic in syntax.diagnostics { log.append(Self.relocated(diagnostic, to: index)) }
                continue
            }
            for diagnostic in syntax.diagnostics { log.append(Self.relocated(diagnostic, to: index)) }
            let value = expand(Self.relocated(parsed, to: index), fileIndex: index, chain: chain + [file.path])
            guard case .map(let includedEntries, _) = value else {
                log.error(
                    "expected an included file to be a mapping of conditions, split and areas, found \(value.shape)", at: value.location)
                continue
            }
            for entry in includedEntries where !Self.includableKeys.contains(entry.key.text) {
                log.error(
                    "an included file may hold only conditions, split and areas (and include), not '\(entry.key.text)'",
                    at: entry.key.location)
            }
            included.append((includedEntries.filter { Self.includableKeys.contains($0.key.text) }, file.path))
        }
        // Reversed, so the first included file's conditions and areas end up first.
        for (entries, path) in included.reversed() {
            own = merge(entries, from: path, into: own, at: location)
        }
        return .map(own, at: location)
    }

    /// The included file, or nil after an error at the path: no reader, a loop, too deep, or unreadable.
    private mutating func readIncluded(_ scalar: SourceScalar, from including: SourceFile, chain: [String]) -> SourceFile? {
        guard let read else {
            log.error("'\(scalar.text)' cannot be included here: this questionnaire was not read from a folder", at: scalar.location)
            return nil
        }
        guard chain.count <= Self.maximumDepth else {
            log.error("includes nest more than \(Self.maximumDepth) deep", at: scalar.location)
            return nil
        }
        let file: SourceFile
        do { file = try read(scalar.text, including) } catch {
            log.error("cannot include '\(scalar.text)': \(error)", at: scalar.location)
            return nil
        }
        if chain.contains(file.path) {
            log.error("include loop: \((chain + [file.path]).joined(separator: " includes "))", at: scalar.location)
            return nil
        }
        return file
    }

    /// The included entries merged before the own: conditions and areas joined, split from one place only.
    private mutating func merge(_ included: [SourceEntry], from path: String, into own: [SourceEntry], at location: SourceLocation)
        -> [SourceEntry]
    {
        var merged = own
        for entry in included where entry.key.text != "include" {
            guard let position = merged.firstIndex(where: { $0.key.text == entry.key.text }) else {
                merged.append(entry)
                continue
            }
            switch (entry.value, merged[position].value) {
            case (.map(let first, _), .map(let second, let at)) where entry.key.text == "conditions":
                merged[position].value = .map(first + second, at: at)
            case (.list(let first, _), .list(let second, let at)) where entry.key.text == "areas":
                merged[position].value = .list(first + second, at: at)
            default:
                log.error(
                    "'\(entry.key.text)' is given both here and in the included \(path); give it in one place",
                    at: merged[position].key.location, notes: [.note("'\(entry.key.text)' in \(path) is here", at: entry.key.location)])
            }
        }
        return merged
    }

    private static func items(_ value: SourceValue) -> [SourceValue] {
        if case .list(let items, _) = value { return items }
        return [value]
    }

    /// The same tree with every location in file `index`.
    static func relocated(_ value: SourceValue, to index: Int) -> SourceValue {
        switch value {
        case .scalar(let scalar): .scalar(relocated(scalar, to: index))
        case .list(let items, let location): .list(items.map { relocated($0, to: index) }, at: moved(location, to: index))
        case .map(let entries, let location):
            .map(
                entries.map { SourceEntry(key: relocated($0.key, to: index), value: relocated($0.value, to: index)) },
                at: moved(location, to: index))
        }
    }

    private static func relocated(_ scalar: SourceScalar, to index: Int) -> SourceScalar {
        var copy = scalar
        copy.location = moved(scalar.location, to: index)
        return copy
    }

    private static func relocated(_ diagnostic: Diagnostic, to index: Int) -> Diagnostic {
        var copy = diagnostic
        copy.location = moved(diagnostic.location, to: index)
        copy.notes = diagnostic.notes.map { relocated($0, to: index) }
        return copy
    }

    private static func moved(_ location: SourceLocation, to index: Int) -> SourceLocation {
        SourceLocation(line: location.line, column: location.column, file: index)
    }
}
