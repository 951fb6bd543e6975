import ReadinessCore

/// What the interview needs done outside itself: saving, locking and exporting. The executable provides
/// the real ones; tests use the in-memory store.
public protocol InterviewServices: AnyObject {
    /// Saves an assessment; throws with a message a person can act on.
    func save(_ assessment: Assessment) throws
    /// Takes the editing lock; throws with who holds it when another interview does.
    func beginEditing(_ assessment: Assessment) throws
    /// Takes a saved assessment's editing lock, then reads it again from disk: what opens is what is saved
    /// now, not an older copy read before a wait. Throws with who holds the lock, or why it cannot be read.
    func openForEditing(_ id: String) throws -> Assessment
    /// Writes the summary.
    func export(_ request: ExportRequest) -> ExportOutcome
}

/// How an export went.
public enum ExportOutcome: Sendable, Equatable {
    /// Written; the message says where.
    case written(String)
    /// The file exists and was left alone.
    case exists(String)
    /// It failed; the message says why.
    case failed(String)
}

/// Runs the model against real services: performs its effects and feeds their outcomes back as events.
/// Both front ends drive a session; neither performs effects itself.
public final class InterviewSession {
    /// The model, as it stands after the last event.
    public private(set) var model: InterviewModel
    private let services: InterviewServices
    /// The assessment as last handed to `save` successfully.
    public private(set) var lastSaved: Assessment?

    /// What the front end should do after an event.
    public enum Outcome: Equatable, Sendable {
        /// Keep going; redraw what changed.
        case running
        /// Keep going; redraw everything from scratch.
        case redraw
        /// Leave, for this reason.
        case finished(QuitReason)
    }

    /// Creates a session and performs the model's first effects (taking the lock of a resumed assessment).
    public init(model: InterviewModel, services: InterviewServices) {
        self.model = model
        self.services = services
        _ = perform(model.initialEffects)
    }

    /// Handles one event and everything it leads to.
    @discardableResult
    public func send(_ event: InterviewEvent) -> Outcome {
        perform(model.handle(event))
    }

    /// Saves the current assessment if it has changed since the last save: used on the way out
    /// (Ctrl-C, SIGTERM, SIGHUP), so nothing accepted is lost whatever ends the interview.
    public func saveNow() {
        guard model.readOnlyReason == nil, let assessment = model.session?.assessment, assessment != lastSaved else { return }
        do {
            try services.save(assessment)
            lastSaved = assessment
            _ = model.handle(.saved)
        } catch {
            // On the way out: the model keeps the reason for the exit message; lastSaved stays old, so a
            // later call tries again.
            _ = model.handle(.saveFailed(String(describing: error)))
        }
    }

    /// The way out when the user did not choose it (SIGTERM, SIGHUP, SIGQUIT, a lost terminal): keeps what
    /// was being typed (see `InterviewModel.keepTypingOnExit`, whose `exitNotes` say what became of it),
    /// then saves.
    public func keepTypingAndSave() {
        _ = perform(model.keepTypingOnExit())
        saveNow()
    }

    /// Whether the store holds the assessment as it stands (nothing started counts as saved).
    public var isSaved: Bool {
        guard let assessment = model.session?.assessment, model.readOnlyReason == nil else { return true }
        return assessment == lastSaved
    }

    private func perform(_ effects: [InterviewEffect]) -> Outcome {
        var outcome = Outcome.running
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .save(let assessment):
                // An assessment another interview is editing opened read-only: never write it.
                guard model.readOnlyReason == nil else { continue }
                do {
                    try services.save(assessment)
                    lastSaved = assessment
                    queue += model.handle(.saved)
                } catch {
                    queue += model.handle(.saveFailed(String(describing: error)))
                }
            case .beginEditing(let assessment):
                do {
                    try services.beginEditing(assessment)
                } catch {
                    queue += model.handle(.editingRefused(String(describing: error)))
                }
            case .openDraft(let id):
                do {
                    let draft = try services.openForEditing(id)
                    queue += model.handle(.draftOpened(draft))
                } catch {
                    queue += model.handle(.draftRefused(String(describing: error)))
                }
            case .export(let request):
                switch services.export(request) {
                case .written(let message): queue += model.handle(.exportFinished(message))
                case .exists(let path): queue += model.handle(.exportTargetExists(path))
                case .failed(let message): queue += model.handle(.exportFailed(message))
                }
            case .redraw:
                if outcome == .running { outcome = .redraw }
            case .quit(let reason):
                saveNow()
                return .finished(reason)
            }
        }
        return outcome
    }
}
