extension Assessment {
    /// The responses by question id: every answer record that has one (a record may hold only a note).
    ///
    /// When every record has a response (nearly always) the dictionary is mapped in place, keeping its
    /// table as it is; picking some out would hash every id again into a table grown step by step.
    public var responses: [String: Response] {
        answers.values.allSatisfy { $0.response != nil } ? answers.mapValues { $0.response! } : answers.compactMapValues(\.response)
    }
}
