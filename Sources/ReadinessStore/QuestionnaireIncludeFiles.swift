import ReadinessCore

extension QuestionnaireCatalog {
    /// Reads a file a questionnaire includes (an `IncludeReader`): the path as written, relative to the
    /// folder of the file that includes it (or absolute), so what a questionnaire includes never depends on
    /// the working directory.
    public static func readInclude(_ path: String, from including: SourceFile) throws -> SourceFile {
        let resolved = IncludePath.resolve(path, from: including.path)
        return try SourceFile.decoding(path: resolved, bytes: FileReader.bytes(atPath: resolved))
    }
}

/// The files one questionnaire's load included, each as it was read: what its compiled copy depends on.
final class IncludedFiles: @unchecked Sendable {
    /// Each file read, in order; nil once one could not be described (its copy is then not kept).
    private(set) var sources: [CompiledQuestionnaireCache.Source] = []

    /// Reads an included file as `QuestionnaireCatalog.readInclude` does, noting it.
    func read(_ path: String, from including: SourceFile) throws -> SourceFile {
        let resolved = IncludePath.resolve(path, from: including.path)
        let bytes = try FileReader.bytes(atPath: resolved)
        if let source = CompiledQuestionnaireCache.Source.current(resolved, bytes: bytes) { sources.append(source) }
        return try SourceFile.decoding(path: resolved, bytes: bytes)
    }
}
