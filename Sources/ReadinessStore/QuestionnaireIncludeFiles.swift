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
